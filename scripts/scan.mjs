#!/usr/bin/env node
/**
 * n8n's verification gate, run here: @n8n/scan-community-package (pinned in devDependencies)
 * lints the source tree the way it lints the commit a published version was built from,
 * and the packed tarball the way it lints what npm serves. Exits 1 with the scanner's
 * report when either has a problem. Build first (`npm run build`): the tarball is dist/.
 *
 * Usage: node scripts/scan.mjs [--source-only]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function packTarball() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-scan-'));
	const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
	if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
	const [{ filename }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('[')));
	const unpacked = path.join(dir, 'package');
	fs.mkdirSync(unpacked);
	const untar = spawnSync('tar', ['-xzf', path.join(dir, path.basename(filename)), '-C', unpacked, '--strip-components=1']);
	if (untar.status !== 0) throw new Error(`tar failed:\n${untar.stderr}`);
	return { dir, unpacked };
}

async function main() {
	const legs = [['source tree', () => analyzePackage(ROOT, SOURCE_FILE_PATTERNS)]];
	let tarball;
	if (!process.argv.includes('--source-only')) {
		legs.push([
			'packed tarball',
			async () => {
				tarball = packTarball();
				// What the scanner lints of a downloaded package: compiled .js and package.json.
				return analyzePackage(tarball.unpacked, ['**/*.js', 'package.json']);
			},
		]);
	}
	let passed = true;
	try {
		for (const [name, analyze] of legs) {
			const result = await analyze();
			if (result.passed) {
				process.stdout.write(`scan-community-package: ${name} passed\n`);
			} else {
				passed = false;
				process.stdout.write(`scan-community-package: ${name} FAILED: ${result.message}\n${result.details ?? ''}\n`);
			}
		}
	} finally {
		if (tarball) fs.rmSync(tarball.dir, { recursive: true, force: true });
	}
	process.exitCode = passed ? 0 : 1;
}

await main();
