'use strict';
/** The pinned n8n install (scripts/ensure-n8n.sh, cached per version) with its Node 24. */

const fs = require('node:fs');
const path = require('node:path');

const { ROOT, DEFAULT_N8N_VERSION } = require('./project');
const { runChecked } = require('./processes');

/**
 * Installs (once per machine, cached) and locates n8n `version` with its Node 24.
 * The install script's progress goes to our stderr as it happens.
 */
async function ensureN8n(options = {}) {
	const version = options.version || process.env.N8N_VERSION || DEFAULT_N8N_VERSION;
	const script = path.join(ROOT, 'scripts', 'ensure-n8n.sh');
	const result = await runChecked('bash', [script, version], {
		// A first install downloads ~3 GB of packages; later calls return at once.
		timeoutMs: options.timeoutMs ?? 30 * 60_000,
		echo: 'stderr',
	});
	const dir = result.stdout.trim().split('\n').pop().trim();
	const install = {
		version,
		major: Number(version.split('.')[0]),
		dir,
		node: path.join(dir, 'node24', 'bin', 'node'),
		nodeBinDir: path.join(dir, 'node24', 'bin'),
		n8nMain: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
	};
	for (const file of [install.node, install.n8nMain]) {
		if (!fs.existsSync(file)) throw new Error(`ensure-n8n.sh printed ${dir}, but ${file} is missing`);
	}
	return install;
}

module.exports = { ensureN8n };
