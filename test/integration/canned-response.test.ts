/** Canned Response: Create, Get Many, Update, Delete and its searchable list. */
import { byId, expectAllAccepted, expectedRequest, locatorValue, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'cannedResponse' });

const RESPONSES = '/api/v1/accounts/1/canned_responses';

describe('Canned Response', () => {
	test('Create', async () => {
		const { items } = await run({ operation: 'create', short_code: 'bye', cannedResponseContent: 'Thanks {{contact.name}}, have a nice day!' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', RESPONSES, { short_code: 'bye', content: 'Thanks {{contact.name}}, have a nice day!' }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, short_code: 'bye', account_id: 1 });
	});

	test('Get Many: one item per response, Limit exact', async () => {
		ctx.fake.state.cannedResponses.push(
			{ ...ctx.fake.state.cannedResponses[0], id: 2, short_code: 'bye' },
			{ ...ctx.fake.state.cannedResponses[0], id: 3, short_code: 'wait' },
		);
		const limited = await run({ operation: 'getAll', cannedResponseReturnAll: false, cannedResponseLimit: 2 });
		expect(limited.items.map((i) => i.json.short_code)).toEqual(['hello', 'bye']);
		const all = await run({ operation: 'getAll', cannedResponseReturnAll: true });
		expect(all.items.map((i) => i.json.short_code)).toEqual(['hello', 'bye', 'wait']);
		expect(ctx.fake.requests.map(summary)).toEqual(Array(2).fill(expectedRequest('GET', RESPONSES)));
	});

	test('Update sends only the fields added', async () => {
		const { items } = await run({ operation: 'update', cannedResponse: locatorValue(1, 'list'), cannedResponseUpdateFields: { content: 'Hi! What can we do for you?' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${RESPONSES}/1`, { content: 'Hi! What can we do for you?' })]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, short_code: 'hello', content: 'Hi! What can we do for you?' });
	});

	test('Delete', async () => {
		const { items } = await run({ operation: 'delete', cannedResponse: byId('1') });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${RESPONSES}/1`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.cannedResponses).toEqual([]);
	});

	test("Chatwoot's own error text: a short code already taken", async () => {
		const error = await run.failure({ operation: 'create', short_code: 'hello', cannedResponseContent: 'again' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', RESPONSES, { short_code: 'hello', content: 'again' }, {}, 422)]);
		expect(error.httpCode).toBe('422');
		expect(error.message).toBe('Chatwoot: Short code has already been taken');
	});

	test.each<[string, Record<string, unknown>, RegExp]>([
		['blank content', { operation: 'create', short_code: 'x', cannedResponseContent: '={{ "  " }}' }, /^Content: is required/],
		['no short code', { operation: 'create', short_code: '={{ $json.code }}', cannedResponseContent: 'x' }, /^Short Code: is required/],
		['an ID that is not a number', { operation: 'delete', cannedResponse: byId('={{ "one" }}') }, /^Canned Response: must be a positive whole number, got "one"/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const error = await run.failure(parameters);
		expect(error.message).toMatch(message);
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
