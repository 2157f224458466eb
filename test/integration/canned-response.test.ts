/** Canned Response: Create, Get Many, Update, Delete and its searchable list. */
import { runNode } from '../helpers/engine';
import { byId, expectAllAccepted, locatorValue, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

describe('Canned Response', () => {
	test('Create', async () => {
		const { items, error } = await runNode({
			parameters: { resource: 'cannedResponse', operation: 'create', short_code: 'bye', cannedResponseContent: 'Thanks {{contact.name}}, have a nice day!' },
			credential: userCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'POST',
			path: '/api/v1/accounts/1/canned_responses',
			query: {},
			body: { short_code: 'bye', content: 'Thanks {{contact.name}}, have a nice day!' },
			status: 200,
			rejected: undefined,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, short_code: 'bye', account_id: 1 });
	});

	test('Get Many: one item per response, Limit exact', async () => {
		ctx.fake.state.cannedResponses.push(
			{ ...ctx.fake.state.cannedResponses[0], id: 2, short_code: 'bye' },
			{ ...ctx.fake.state.cannedResponses[0], id: 3, short_code: 'wait' },
		);
		const limited = await runNode({
			parameters: { resource: 'cannedResponse', operation: 'getAll', cannedResponseReturnAll: false, cannedResponseLimit: 2 },
			credential: userCredential(ctx.fake),
		});
		expect(limited.items.map((i) => i.json.short_code)).toEqual(['hello', 'bye']);
		const all = await runNode({
			parameters: { resource: 'cannedResponse', operation: 'getAll', cannedResponseReturnAll: true },
			credential: userCredential(ctx.fake),
		});
		expect(all.items.map((i) => i.json.short_code)).toEqual(['hello', 'bye', 'wait']);
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual(
			Array(2).fill({ method: 'GET', path: '/api/v1/accounts/1/canned_responses', query: {}, body: undefined, status: 200, rejected: undefined }),
		);
	});

	test('Update sends only the fields added', async () => {
		const { items } = await runNode({
			parameters: { resource: 'cannedResponse', operation: 'update', cannedResponse: locatorValue(1, 'list'), cannedResponseUpdateFields: { content: 'Hi! What can we do for you?' } },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'PATCH',
			path: '/api/v1/accounts/1/canned_responses/1',
			query: {},
			body: { content: 'Hi! What can we do for you?' },
			status: 200,
			rejected: undefined,
		});
		expect(items[0].json).toMatchObject({ id: 1, short_code: 'hello', content: 'Hi! What can we do for you?' });
	});

	test('Delete', async () => {
		const { items } = await runNode({
			parameters: { resource: 'cannedResponse', operation: 'delete', cannedResponse: byId('1') },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toMatchObject({ method: 'DELETE', path: '/api/v1/accounts/1/canned_responses/1', status: 200 });
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.cannedResponses).toEqual([]);
	});

	test("Chatwoot's own error text: a short code already taken", async () => {
		const { error } = await runNode({
			parameters: { resource: 'cannedResponse', operation: 'create', short_code: 'hello', cannedResponseContent: 'again' },
			credential: userCredential(ctx.fake),
		});
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toBe('Chatwoot: Short code has already been taken');
	});

	test('bad input fails before any request, naming the field', async () => {
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ operation: 'create', short_code: 'x', cannedResponseContent: '={{ "  " }}' }, /^Content: is required/],
			[{ operation: 'create', short_code: '={{ $json.code }}', cannedResponseContent: 'x' }, /^Short Code: is required/],
			[{ operation: 'delete', cannedResponse: byId('={{ "one" }}') }, /^Canned Response: must be a positive whole number, got "one"/],
		];
		for (const [parameters, message] of cases) {
			const { error, items } = await runNode({ parameters: { resource: 'cannedResponse', ...parameters }, credential: userCredential(ctx.fake) });
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
		}
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('the Canned Response list shows short code and the start of the content, searchable by both', async () => {
		ctx.fake.state.cannedResponses.push({
			...ctx.fake.state.cannedResponses[0],
			id: 2,
			short_code: 'refund',
			content: 'We have started your refund.\nIt takes 5 to 10 business days to reach your account.',
		});
		const all = await searchList('getCannedResponses', userCredential(ctx.fake));
		expect(all.results).toEqual([
			{ name: 'hello: Hello! How can we help you today?', value: 1, url: undefined },
			{ name: 'refund: We have started your refund. It takes...', value: 2, url: undefined },
		]);
		const byContent = await searchList('getCannedResponses', userCredential(ctx.fake), { filter: 'HELP' });
		expect(byContent.results.map((r) => r.value)).toEqual([1]);
		expectAllAccepted(ctx.fake);
	});
});
