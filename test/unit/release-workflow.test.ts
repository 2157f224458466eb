import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

/** The release workflow as GitHub reads it: published from a tag, scanned and tested first, with provenance. */
const workflow = parse(fs.readFileSync(path.join(__dirname, '../../.github/workflows/release.yml'), 'utf8'));
const steps: Array<{ name?: string; uses?: string; run?: string; with?: Record<string, unknown> }> = workflow.jobs.release.steps;
const indexOf = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));

describe('release workflow (.github/workflows/release.yml)', () => {
	test('runs on a pushed version tag, and only then', () => {
		expect(Object.keys(workflow.on)).toEqual(['push']);
		expect(workflow.on.push).toEqual({ tags: ['v*.*.*'] });
	});

	test('may sign provenance (id-token: write) and nothing more than read the repository', () => {
		expect(workflow.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
	});

	test('publishes with npm provenance, to the public registry', () => {
		const publish = steps[indexOf(/npm publish/)];
		expect(publish.run).toMatch(/^npm publish --provenance\b/);
		const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node'));
		expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
	});

	test('installs from the lockfile, builds, scans and tests before it publishes', () => {
		const publish = indexOf(/npm publish/);
		const order = [/^npm ci\b/, /^npm run build$/, /^npm run scan$/, /^npm test$/].map(indexOf);
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(order[order.length - 1]).toBeLessThan(publish);
	});

	test('refuses a tag that is not the version in package.json', () => {
		const check = indexOf(/GITHUB_REF_NAME/);
		expect(check).toBeGreaterThanOrEqual(0);
		expect(check).toBeLessThan(indexOf(/npm publish/));
		expect(steps[check].run).toContain('require("./package.json").version');
	});
});
