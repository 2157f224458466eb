/**
 * The server is the contract for bodies: Rails drops a key its controller does not permit
 * (Chatwoot answers 200 and ignores it). Every body key of every node operation must be one
 * the route's controller reads (test/fixtures/server-routes.json, Chatwoot 4.15.1's source).
 */
import { nodeOperations } from '../helpers/description';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ServerPermits } = require('../../dev/fake-chatwoot/permits');

const permits = new ServerPermits();

describe('server permits', () => {
	const withBody = nodeOperations()
		.map((op) => ({ op, keys: [...Object.keys(op.spec.body ?? {}), ...(op.spec.adjustedKeys?.body ?? [])] }))
		.filter(({ keys }) => keys.length > 0);

	test('the fixture lists the 428 routes of Chatwoot 4.15.1', () => {
		expect(permits.routes).toHaveLength(428);
	});

	test.each(withBody.map(({ op, keys }) => [`${op.resource} > ${op.operation}: ${op.method} ${op.url}`, op, keys] as const))(
		'%s sends only keys the server reads',
		(where, op, keys) => {
			const problems = keys
				.map((key) => [key, permits.flatKeyProblem(op.method, op.url, key)])
				.filter(([, problem]) => problem !== undefined)
				.map(([key, problem]) => `${key} ${problem}`);
			expect({ where, problems }).toEqual({ where, problems: [] });
		},
	);
});
