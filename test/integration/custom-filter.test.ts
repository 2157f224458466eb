/** Custom Filter: saved filters of the token user, query built from conditions. */
import { runNode } from '../helpers/engine';
import { byId, byUrl, expectAllAccepted, expectedRequest, locatorValue, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

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
		const { items, error } = await runNode({
			parameters: {
				resource: 'customFilter',
				operation: 'create',
				customFilterName: 'Unassigned VIP',
				customFilterType: 'contact',
				customFilterConditions: {
					condition: [
						{ attribute_key: 'assignee_id', filter_operator: 'is_not_present', values: '', query_operator: 'AND' },
						{ attribute_key: 'labels', filter_operator: 'equal_to', values: 'vip', query_operator: 'AND' },
					],
				},
			},
			credential: userCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		const query = {
			payload: [
				{ attribute_key: 'assignee_id', filter_operator: 'is_not_present', values: [], query_operator: 'AND' },
				{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip'] },
			],
		};
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'POST',
			path: '/api/v1/accounts/1/custom_filters',
			query: { filter_type: 'contact' },
			body: { name: 'Unassigned VIP', filter_type: 'contact', query },
			status: 200,
			rejected: undefined,
		});
		expect(items).toHaveLength(1);
		// a contact filter, not the conversation filter the server makes without filter_type
		expect(items[0].json).toMatchObject({ id: 6, name: 'Unassigned VIP', filter_type: 'contact', query });
	});

	test('Get Many lists one type of the user\'s filters, Limit exact', async () => {
		const conversations = await runNode({
			parameters: { resource: 'customFilter', operation: 'getAll', customFilterListType: 'conversation', customFilterReturnAll: true },
			credential: userCredential(ctx.fake),
		});
		expect(conversations.items.map((i) => i.json.name)).toEqual(['Open', 'Pending']);
		const limited = await runNode({
			parameters: { resource: 'customFilter', operation: 'getAll', customFilterListType: 'conversation', customFilterReturnAll: false, customFilterLimit: 1 },
			credential: userCredential(ctx.fake),
		});
		expect(limited.items.map((i) => i.json.name)).toEqual(['Open']);
		const contacts = await runNode({
			parameters: { resource: 'customFilter', operation: 'getAll', customFilterListType: 'contact', customFilterReturnAll: true },
			credential: userCredential(ctx.fake),
		});
		expect(contacts.items.map((i) => i.json.name)).toEqual(['VIP customers']);
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/api/v1/accounts/1/custom_filters', { filter_type: 'conversation' }],
			['GET', '/api/v1/accounts/1/custom_filters', { filter_type: 'conversation' }],
			['GET', '/api/v1/accounts/1/custom_filters', { filter_type: 'contact' }],
		]);
	});

	test('Get by the address of the custom view in the dashboard', async () => {
		const { items } = await runNode({
			parameters: { resource: 'customFilter', operation: 'get', customFilter: byUrl(`${ctx.fake.url}/app/accounts/1/contacts/custom_view/3`) },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toMatchObject({ method: 'GET', path: '/api/v1/accounts/1/custom_filters/3', query: {}, status: 200 });
		expect(items.map((i) => i.json.name)).toEqual(['VIP customers']);
	});

	test('Update sends only the fields added', async () => {
		const { items } = await runNode({
			parameters: {
				resource: 'customFilter',
				operation: 'update',
				customFilter: locatorValue(2, 'list'),
				customFilterUpdateFields: { name: 'Waiting', conditions: { condition: [{ attribute_key: 'status', filter_operator: 'equal_to', values: 'pending', query_operator: 'OR' }] } },
			},
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		const query = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['pending'] }] };
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'PATCH',
			path: '/api/v1/accounts/1/custom_filters/2',
			query: {},
			body: { name: 'Waiting', query },
			status: 200,
			rejected: undefined,
		});
		expect(items[0].json).toMatchObject({ id: 2, name: 'Waiting', query });
	});

	test('Update changes the type with filter_type', async () => {
		const { items } = await runNode({
			parameters: { resource: 'customFilter', operation: 'update', customFilter: byId(2), customFilterUpdateFields: { filterType: 'report' } },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', '/api/v1/accounts/1/custom_filters/2', { filter_type: 'report' })]);
		const query = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'] }] };
		expect(items.map((i) => i.json)).toEqual([
			{ id: 2, name: 'Pending', filter_type: 'report', query, account_id: 1, user_id: 1, created_at: '2026-01-01T00:00:00.000Z', updated_at: expect.any(String) },
		]);
	});

	test('Delete; another user\'s filter is not found', async () => {
		const { items } = await runNode({
			parameters: { resource: 'customFilter', operation: 'delete', customFilter: byId('1') },
			credential: userCredential(ctx.fake),
		});
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		const { error } = await runNode({
			parameters: { resource: 'customFilter', operation: 'delete', customFilter: byId('5') },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'DELETE /api/v1/accounts/1/custom_filters/1 200',
			'DELETE /api/v1/accounts/1/custom_filters/5 404',
		]);
		expect(error?.description).toContain('Custom Filter 5');
		expect(ctx.fake.state.customFilters.map((f) => f.id)).toEqual([2, 3, 4, 5]);
	});

	test('bad input fails before any request, naming the field', async () => {
		const create = { resource: 'customFilter', operation: 'create', customFilterName: 'F', customFilterType: 'conversation' };
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ ...create, customFilterConditions: { condition: [] } }, /^Conditions: add at least one condition/],
			[{ ...create, customFilterType: '={{ "inbox" }}', customFilterConditions: { condition: [{ attribute_key: 'status', filter_operator: 'equal_to', values: 'open' }] } }, /^Type: must be one of conversation, contact, report, got "inbox"/],
			[{ resource: 'customFilter', operation: 'update', customFilter: byId('={{ "x" }}'), customFilterUpdateFields: { name: 'A' } }, /^Custom Filter: must be a positive whole number/],
		];
		for (const [parameters, message] of cases) {
			const { error, items } = await runNode({ parameters: parameters as never, credential: userCredential(ctx.fake) });
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
		}
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
