'use strict';
/**
 * The package as n8n users get it: built, `npm pack`ed, and the tarball installed into an
 * n8n user folder's `.n8n/nodes`, the way n8n installs community packages.
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ROOT, PACKAGE_NAME } = require('./project');
const { runChecked, withTempDir } = require('./processes');

/**
 * Makes `<dir>` usable as N8N_USER_FOLDER (n8n puts its database, config and community
 * packages under `<dir>/.n8n`). Without `dir`, a new temporary folder under `parent`.
 */
function createUserFolder({ dir, parent = os.tmpdir(), prefix = 'n8n-user-' } = {}) {
	const folder = dir ? path.resolve(dir) : fs.mkdtempSync(path.join(parent, prefix));
	fs.mkdirSync(path.join(folder, '.n8n', 'nodes'), { recursive: true });
	return folder;
}

/** Builds dist/ (scripts/build.js: tsc + icons) when it is missing or older than a source. */
async function buildPackage(options = {}) {
	// Quiet when it works; a failure carries the compiler's output in the error.
	await runChecked('node', [path.join(ROOT, 'scripts', 'build.js'), '--if-stale'], {
		timeoutMs: options.timeoutMs ?? 5 * 60_000,
		echo: options.echo ?? false,
	});
}

/**
 * `npm pack` into `destDir` (created if needed); returns the tarball's path. Build first
 * (buildPackage): .npmrc sets ignore-scripts, so `npm pack` does not run prepack here.
 */
async function packPackage(destDir, options = {}) {
	fs.mkdirSync(destDir, { recursive: true });
	const result = await runChecked('npm', ['pack', '--json', '--pack-destination', destDir], {
		timeoutMs: options.timeoutMs ?? 2 * 60_000,
	});
	// npm may print notices before the JSON; the JSON array is the last thing on stdout.
	const json = result.stdout.slice(result.stdout.indexOf('['));
	const [{ filename }] = JSON.parse(json);
	const tarball = path.join(destDir, path.basename(filename));
	if (!fs.existsSync(tarball)) throw new Error(`npm pack reported ${filename}, but ${tarball} does not exist`);
	return tarball;
}

/**
 * Installs the tarball into `<userFolder>/.n8n/nodes` the way n8n installs community
 * packages. --legacy-peer-deps: without it npm also installs the n8n-workflow peer (and
 * its native addons); n8n provides that one. --ignore-scripts: the package has none to run.
 */
async function installPackage(userFolder, tarball, options = {}) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	const manifest = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(manifest, `${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2)}\n`);
	}
	// A reinstall over an earlier copy: drop it first so that npm cannot keep the old files
	// (same name and version, new contents) or trip over the old tarball's integrity hash.
	fs.rmSync(path.join(nodesDir, 'node_modules', PACKAGE_NAME), { recursive: true, force: true });
	await runChecked(
		'npm',
		['install', tarball, '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: nodesDir, timeoutMs: options.timeoutMs ?? 5 * 60_000 },
	);
	const installed = path.join(nodesDir, 'node_modules', PACKAGE_NAME, 'package.json');
	if (!fs.existsSync(installed)) throw new Error(`npm install did not produce ${installed}`);
	return path.dirname(installed);
}

/** build + pack into a temporary folder + install; returns the installed package folder. */
async function buildPackAndInstall(userFolder, options = {}) {
	if (options.build !== false) await buildPackage(options);
	return withTempDir('chatwoot-pack-', async (packDir) => installPackage(userFolder, await packPackage(packDir), options));
}

module.exports = { createUserFolder, buildPackage, packPackage, installPackage, buildPackAndInstall };
