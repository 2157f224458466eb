/**
 * Saved workflows keep working: every parameter, collection option, option value and locator
 * mode recorded in test/fixtures/parameter-surface.json is still there with the same type and
 * default. Additions must be recorded (`npm run surface`) so the record stays complete.
 */
import * as fs from 'fs';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-require-imports */
const { compareSurfaces, currentSurface } = require('../../scripts/lib/parameter-surface');
/* eslint-enable @typescript-eslint/no-require-imports */

const recorded = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/parameter-surface.json'), 'utf8'));
const { breaking, added, reordered } = compareSurfaces(recorded, currentSurface()) as Record<string, string[]>;

test('no parameter a saved workflow may use is removed or changed', () => {
	expect(breaking).toEqual([]);
});

test('new parameters are recorded (npm run surface)', () => {
	expect(added).toEqual([]);
});

test('each operation shows its fields in the recorded order (a new order is recorded with npm run surface)', () => {
	expect(reordered).toEqual([]);
});

test('the comparison sees a removal, a type or default change and a lost option value', () => {
	const before = {
		'n/a': { type: 'string', default: '' },
		'n/b': { type: 'options', default: 'x', options: ['x', 'y'] },
		'n/c': { type: 'number', default: 0 },
	};
	const after = {
		'n/b': { type: 'options', default: 'y', options: ['y', 'z'] },
		'n/c': { type: 'string', default: 0 },
		'n/d': { type: 'boolean', default: false },
	};
	expect(compareSurfaces(before, after)).toEqual({
		breaking: ['n/a: removed', 'n/b: default "x" -> "y"', 'n/b: options removed: x', 'n/c: type number -> string'],
		added: ['n/d'],
		reordered: [],
	});
	const operation = (fields: string[]) => ({ 'n/op': { type: 'operation', fields } });
	expect(compareSurfaces(operation(['a', 'b']), operation(['b', 'a', 'c'])).reordered).toEqual(['n/op']);
	expect(compareSurfaces(operation(['a', 'b']), operation(['a', 'c', 'b'])).reordered).toEqual([]);
});
