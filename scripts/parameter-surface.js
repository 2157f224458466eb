#!/usr/bin/env node
'use strict';
/**
 * Records the public parameter surface (scripts/lib/parameter-surface.js) of the built package
 * in test/fixtures/parameter-surface.json, which test/unit/parameter-surface.test.ts guards.
 *
 *   npm run surface                      record added parameters (refuses breaking changes)
 *   npm run surface -- --accept-breaking record a breaking change too (then: a new node version,
 *                                        see docs/DEVELOPING.md "Saved workflows")
 */
const fs = require('node:fs');
const path = require('node:path');
const { compareSurfaces, currentSurface, formatSurface } = require('./lib/parameter-surface');

const FILE = path.resolve(__dirname, '..', 'test', 'fixtures', 'parameter-surface.json');
const recorded = fs.existsSync(FILE) ? JSON.parse(fs.readFileSync(FILE, 'utf8')) : {};
const current = currentSurface();
const { breaking, added, reordered } = compareSurfaces(recorded, current);
if (breaking.length > 0 && !process.argv.includes('--accept-breaking')) {
	process.stderr.write(`Not recorded: these changes break saved workflows:\n  ${breaking.join('\n  ')}\n`);
	process.exit(1);
}
fs.writeFileSync(FILE, formatSurface(current));
process.stdout.write(
	`recorded ${Object.keys(current).length} entries (${added.length} added, ${reordered.length} operations reordered, ${breaking.length} breaking)\n`,
);
