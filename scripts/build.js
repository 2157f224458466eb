#!/usr/bin/env node
'use strict';
/**
 * Builds dist/ from the sources: a clean tsc compile, then the icons (gulp).
 *
 *   node scripts/build.js             always build (`npm run build`, `npm pack`)
 *   node scripts/build.js --if-stale  build only when dist/ is missing or older than a source
 *
 * Every test script runs the `--if-stale` form, so no tier tests a dist/ older than the
 * sources, and CI builds once instead of once per tier. Node built-ins only.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const SOURCE_DIRS = ['nodes', 'credentials'];
const SOURCE_FILES = ['package.json', 'tsconfig.json', 'gulpfile.js'];

function walk(dir, files = []) {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, files);
		else files.push(full);
	}
	return files;
}

/** Why dist/ needs a build, or undefined when it is current. */
function staleReason() {
	if (!fs.existsSync(DIST)) return 'dist/ is missing';
	const sources = [...SOURCE_DIRS.flatMap((dir) => walk(path.join(ROOT, dir))), ...SOURCE_FILES.map((f) => path.join(ROOT, f))];
	const outputs = walk(DIST);
	if (outputs.length === 0) return 'dist/ is empty';
	// Compiled files only: gulp gives the copied icons their sources' times.
	const oldestOutput = Math.min(...outputs.filter((f) => f.endsWith('.js')).map((file) => fs.statSync(file).mtimeMs));
	const newer = sources.find((file) => fs.statSync(file).mtimeMs > oldestOutput);
	if (newer) return `${path.relative(ROOT, newer)} is newer than dist/`;
	// A source added or removed since the build: its compiled file is missing, or left over.
	const compiled = new Set(outputs.filter((f) => f.endsWith('.js')).map((f) => path.relative(DIST, f).replace(/\.js$/, '')));
	const expected = new Set(sources.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => path.relative(ROOT, f).replace(/\.ts$/, '')));
	for (const name of expected) if (!compiled.has(name)) return `${name}.ts has no compiled file`;
	for (const name of compiled) if (!expected.has(name)) return `dist/${name}.js has no source`;
	return undefined;
}

function run(bin, args) {
	const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', bin), args, { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function build() {
	// Clean: a file left from a removed source would otherwise ship in the tarball.
	fs.rmSync(DIST, { recursive: true, force: true });
	run('tsc', ['-p', 'tsconfig.json']);
	run('gulp', ['--silent', 'build:icons']);
}

function ensureBuilt() {
	const reason = staleReason();
	if (!reason) return false;
	process.stderr.write(`building dist/ (${reason})\n`);
	build();
	return true;
}

module.exports = { build, ensureBuilt, staleReason };

if (require.main === module) {
	try {
		if (process.argv.includes('--if-stale')) ensureBuilt();
		else build();
	} catch (error) {
		process.stderr.write(`${error.message}\n`);
		process.exit(1);
	}
}
