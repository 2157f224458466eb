/**
 * The server's routes are the scope (issue: the real Chatwoot server as the truth): every route
 * of an in-scope feature of SERVER.md's ranked table (docs/ROUTES.md) is a node operation, or
 * listed in docs/ROUTES.md's skipped routes with its reason; every route of the other features
 * is accounted for there too. Body keys against the routes' permits: server-permits.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeOperations } from '../helpers/description';

interface ServerRoute {
	method: string;
	path: string;
	path_template: string;
	in_spec: boolean;
	enterprise: boolean;
	feature: string | null;
	feature_rank: number | null;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serverRoutes } = require('../../dev/fake-chatwoot/serverRoutes') as { serverRoutes: () => ServerRoute[] };

/** Ranks of SERVER.md's table the node covers (the issue's scope; 13 and 17 are Enterprise). */
const IN_SCOPE_RANKS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 24, 25, 27];

const doc = fs.readFileSync(path.join(__dirname, '../../docs/ROUTES.md'), 'utf8');

/** Rows of the markdown table under `heading`. */
function tableRows(heading: string): string[][] {
	const section = doc.split(/^## /m).find((s) => s.startsWith(heading));
	if (!section) throw new Error(`docs/ROUTES.md has no section "${heading}"`);
	return section
		.split('\n')
		.filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
		.slice(1) // the header
		.map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

const shape = (template: string) => template.replace(/\{[^}]+\}/g, '{}').replace(/:\w+/g, '{}');
const routes = serverRoutes();
const operations = nodeOperations();
const operationKeys = new Set(operations.map((op) => `${op.method} ${shape(op.url)}`));
const covered = (route: ServerRoute) => route.method.split('|').some((method) => operationKeys.has(`${method} ${shape(route.path_template)}`));
const routeName = (route: ServerRoute) => `${route.method} ${route.path}`;

const skipped = new Map(tableRows('Skipped routes').map(([method, route, why]) => [`${method} ${route.replace(/`/g, '')}`, why]));
const otherFeatures = new Map(tableRows('Features not covered').map(([rank, , , why]) => [Number(rank), why]));

describe('server route coverage', () => {
	test('every route of an in-scope feature is an operation, or skipped with a reason', () => {
		const missing = routes
			.filter((r) => r.feature_rank !== null && IN_SCOPE_RANKS.includes(r.feature_rank) && !covered(r))
			.filter((r) => !(skipped.get(routeName(r)) ?? '').trim())
			.map(routeName);
		expect(missing).toEqual([]);
	});

	test('every spec route is an operation (spec-coverage.test.ts holds the details)', () => {
		expect(routes.filter((r) => r.in_spec && !covered(r)).map(routeName)).toEqual([]);
	});

	test('every other route belongs to a feature docs/ROUTES.md says why it is not covered', () => {
		const unexplained = routes
			.filter((r) => !covered(r) && !skipped.has(routeName(r)))
			.filter((r) => r.feature_rank === null || IN_SCOPE_RANKS.includes(r.feature_rank) || !(otherFeatures.get(r.feature_rank) ?? '').trim())
			.map(routeName);
		expect(unexplained).toEqual([]);
	});

	test('the skipped routes are real routes no operation covers (the list stays true)', () => {
		const byName = new Map(routes.map((r) => [routeName(r), r]));
		const stale = [...skipped.keys()].filter((name) => !byName.has(name) || covered(byName.get(name)!));
		expect(stale).toEqual([]);
	});

	test('Enterprise operations say so: "(Enterprise)" in the description exactly where the route needs the Enterprise code', () => {
		const enterprise = new Set(routes.filter((r) => r.enterprise).flatMap((r) => r.method.split('|').map((m) => `${m} ${shape(r.path_template)}`)));
		const wrong = operations
			.filter((op) => enterprise.has(`${op.method} ${shape(op.url)}`) !== /\(Enterprise\)$/.test(op.description ?? ''))
			.map((op) => `${op.resource} > ${op.operation}: ${op.description ?? '(no description)'}`);
		expect(wrong).toEqual([]);
	});
});
