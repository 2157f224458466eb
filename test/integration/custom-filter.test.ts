/** Custom Filter: saved filters of the token user, query built from conditions. */
import { byId, byUrl, expectAllAccepted, expectedRequest, locatorValue, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'customFilter' });

const FILTERS = '/api/v1/accounts/1/custom_filters';

function seedFilters() {
	const t = new Date('2026-01-01T00:00:00Z');
	const query = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'] }] };
	ctx.fake.state.customFilters.push(
		{ id: 1, account_id: 1, user_id: 1, name: 'Open', filter_type: 'conversation', query, created_at: t, updated_at: t },
		{ id: 2, account_id: 1, user_id: 1, name: 'Pending', filter_type: 'conversation', query, created_at: t, updated_at: t },
		{ id: 3, account_id: 1, user_id: 1, name: 'VIP customers', filter_type: 'contact', query, created_at: t, updated_at: t },
		{ id: 4, account_id: 1, user_id: 1, name: 'Weekly', filter_type: 'report', query, created_at: t, updated_at: t },
		// another user's filter: not visible with user 1's token
		{ id: 5, account_id: 1, user_id: 2, name: 'Bob\'s', filter_type: 'conversation', query, created_at: t, updated_at: t },
	);
}

describe('Custom Filter', () => {
	beforeEach(seedFilters);

	test('Create sends the type as filter_type in the body (the server drops the spec\'s `type`) and the query as {payload: [conditions]}', async () => {
		const { items } = await run({
			operation: 'create',
			customFilterName: 'Unassigned VIP',
			customFilterType: 'contact',
			customFilterConditions: {
				condition: [
					{ attribute_key: 'assignee_id', filter_operator: 'is_not_present', values: '', query_operator: 'AND' },
					{ attribute_key: 'labels', filter_operator: 'equal_to', values: 'vip', query_operator: 'AND' },
				],
			},
		});
		const query = {
			payload: [
				{ attribute_key: 'assignee_id', filter_operator: 'is_not_present', values: [], query_operator: 'AND' },
				{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip'] },
			],
		};
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', FILTERS, { name: 'Unassigned VIP', filter_type: 'contact', query }, { filter_type: 'contact' }),
		]);
		expect(items).toHaveLength(1);
		// a contact filter, not the conversation filter the server makes without filter_type
		expect(items[0].json).toMatchObject({ id: 6, name: 'Unassigned VIP', filter_type: 'contact', query });
	});

	test('Get Many lists one type of the user\'s filters, Limit exact', async () => {
		const conversations = await run({ operation: 'getAll', customFilterListType: 'conversation', customFilterReturnAll: true });
		expect(conversations.items.map((i) => i.json.name)).toEqual(['Open', 'Pending']);
		const limited = await run({ operation: 'getAll', customFilterListType: 'conversation', customFilterReturnAll: false, customFilterLimit: 1 });
		expect(limited.items.map((i) => i.json.name)).toEqual(['Open']);
		const contacts = await run({ operation: 'getAll', customFilterListType: 'contact', customFilterReturnAll: true });
		expect(contacts.items.map((i) => i.json.name)).toEqual(['VIP customers']);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', FILTERS, undefined, { filter_type: 'conversation' }),
			expectedRequest('GET', FILTERS, undefined, { filter_type: 'conversation' }),
			expectedRequest('GET', FILTERS, undefined, { filter_type: 'contact' }),
		]);
	});

	test('Get by the address of the custom view in the dashboard', async () => {
		const { items } = await run({ operation: 'get', customFilter: byUrl(`${ctx.fake.url}/app/accounts/1/contacts/custom_view/3`) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${FILTERS}/3`)]);
		expect(items.map((i) => i.json.name)).toEqual(['VIP customers']);
	});

	test('Update sends only the fields added', async () => {
		const { items } = await run({
			operation: 'update',
			customFilter: locatorValue(2, 'list'),
			customFilterUpdateFields: { name: 'Waiting', conditions: { condition: [{ attribute_key: 'status', filter_operator: 'equal_to', values: 'pending', query_operator: 'OR' }] } },
		});
		const query = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['pending'] }] };
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${FILTERS}/2`, { name: 'Waiting', query })]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, name: 'Waiting', query });
	});

	test('Update changes the type with filter_type', async () => {
		const { items } = await run({ operation: 'update', customFilter: byId(2), customFilterUpdateFields: { filterType: 'report' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${FILTERS}/2`, { filter_type: 'report' })]);
		const query = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'] }] };
		expect(items.map((i) => i.json)).toEqual([
			{ id: 2, name: 'Pending', filter_type: 'report', query, account_id: 1, user_id: 1, created_at: '2026-01-01T00:00:00.000Z', updated_at: expect.any(String) },
		]);
	});

	test('Delete; another user\'s filter is not found', async () => {
		const { items } = await run({ operation: 'delete', customFilter: byId('1') });
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		const error = await run.failure({ operation: 'delete', customFilter: byId('5') });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('DELETE', `${FILTERS}/1`),
			expectedRequest('DELETE', `${FILTERS}/5`, undefined, {}, 404),
		]);
		expect(error.description).toContain('Custom Filter 5');
		expect(ctx.fake.state.customFilters.map((f) => f.id)).toEqual([2, 3, 4, 5]);
	});

	const create = { operation: 'create', customFilterName: 'F', customFilterType: 'conversation' };
	test.each<[string, Record<string, unknown>, RegExp]>([
		['no condition', { ...create, customFilterConditions: { condition: [] } }, /^Conditions: add at least one condition/],
		['an unknown type', { ...create, customFilterType: '={{ "inbox" }}', customFilterConditions: { condition: [{ attribute_key: 'status', filter_operator: 'equal_to', values: 'open' }] } }, /^Type: must be one of conversation, contact, report, got "inbox"/],
		['an ID that is not a number', { operation: 'update', customFilter: byId('={{ "x" }}'), customFilterUpdateFields: { name: 'A' } }, /^Custom Filter: must be a positive whole number/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const error = await run.failure(parameters);
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('the Custom Filter list has every type, with dashboard addresses of custom views', async () => {
		const { results } = await searchList('getCustomFilters', userCredential(ctx.fake));
		const app = `${ctx.fake.url}/app/accounts/1`;
		expect(results).toEqual([
			{ name: 'Open (conversation)', value: 1, url: `${app}/custom_view/1` },
			{ name: 'Pending (conversation)', value: 2, url: `${app}/custom_view/2` },
			{ name: 'VIP customers (contact)', value: 3, url: `${app}/contacts/custom_view/3` },
			{ name: 'Weekly (report)', value: 4, url: undefined },
		]);
		const found = await searchList('getCustomFilters', userCredential(ctx.fake), { filter: 'vip' });
		expect(found.results.map((r) => r.value)).toEqual([3]);
		expectAllAccepted(ctx.fake);
	});
});
