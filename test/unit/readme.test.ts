import * as fs from 'node:fs';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { render } = require('../../scripts/operations-table.js');

test("the README's operations table matches the node (npm run readme rewrites it)", () => {
	const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
	expect(render(readme)).toBe(readme);
});

test('the README starts with the two commands', () => {
	const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
	const firstBlock = readme.slice(readme.indexOf('```'), readme.indexOf('```', readme.indexOf('```') + 3));
	expect(firstBlock).toContain('npm start');
	expect(firstBlock).toContain('npm test');
});
