#!/usr/bin/env node
'use strict';
/**
 * Installs the development dependencies from the committed lockfile (`npm ci`) when they are
 * missing or older than package-lock.json, so that the README's first two commands, `npm start`
 * and `npm test`, work in a fresh clone. Node built-ins only: it runs before anything is
 * installed. Quiet when nothing is to do.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

function mtime(file) {
	try {
		return fs.statSync(file).mtimeMs;
	} catch {
		return undefined;
	}
}

function dependenciesCurrent() {
	// npm writes node_modules/.package-lock.json on every install
	const installed = mtime(path.join(ROOT, 'node_modules', '.package-lock.json'));
	const wanted = mtime(path.join(ROOT, 'package-lock.json'));
	return installed !== undefined && wanted !== undefined && installed >= wanted;
}

function ensureDependencies() {
	if (dependenciesCurrent()) return;
	process.stderr.write('installing the development dependencies (npm ci, from package-lock.json)\n');
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`npm ci exited with ${result.status ?? result.signal}`);
}

module.exports = { ensureDependencies };

if (require.main === module) {
	try {
		ensureDependencies();
	} catch (error) {
		process.stderr.write(`${error.message}\n`);
		process.exit(1);
	}
}
