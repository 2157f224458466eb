/** Team: the teams of the account and their members, through n8n-core's engine against the fake. */
import { byId, expectedRequest, jsonItems, runner, summary, useFakeChatwoot, userCredential } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'team' });

describe('Team', () => {
	test('Create sends the name and only the settings added', async () => {
		const { items } = await run({ operation: 'create', teamName: 'Billing', teamAdditionalFields: { allow_auto_assign: false } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/teams', { name: 'Billing', allow_auto_assign: false }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, name: 'billing', allow_auto_assign: false, account_id: 1 });
	});

	test('Get, by a dashboard URL', async () => {
		const team = { __rl: true, mode: 'url', value: `${ctx.fake.url}/app/accounts/1/settings/teams/1/edit` };
		const { items } = await run({ operation: 'get', team });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/teams/1')]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 1, name: 'support', description: 'First line support' })]);
	});

	test('Get Many: one item per team; Limit cuts the list', async () => {
		ctx.fake.state.teams.push(
			{ id: 2, account_id: 1, name: 'sales', description: null, allow_auto_assign: true, created_at: new Date() },
			{ id: 3, account_id: 1, name: 'vip', description: null, allow_auto_assign: false, created_at: new Date() },
		);
		const all = await run({ operation: 'getAll', teamReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/teams')]);
		expect(all.items.map((i) => i.json.name)).toEqual(['support', 'sales', 'vip']);

		const limited = await run({ operation: 'getAll', teamReturnAll: false, teamLimit: 2 });
		expect(limited.items.map((i) => i.json.id)).toEqual([1, 2]);
	});

	test('Update sends only the fields added', async () => {
		const { items } = await run({ operation: 'update', team: byId(1), teamUpdateFields: { description: 'Second line', name: '' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', '/api/v1/accounts/1/teams/1', { description: 'Second line' })]);
		expect(items[0].json).toMatchObject({ id: 1, name: 'support', description: 'Second line' });
	});

	test('Delete', async () => {
		const { items } = await run({ operation: 'delete', team: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/teams/1')]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.teams).toEqual([]);
	});

	describe('members', () => {
		test('Get Members: one item per agent', async () => {
			const { items } = await run({ operation: 'getMembers', team: byId(1), teamReturnAll: true });
			expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/teams/1/team_members')]);
			expect(items.map((i) => [i.json.id, i.json.email])).toEqual([
				[1, 'alice@acme.test'],
				[2, 'bob@acme.test'],
			]);
		});

		test('Add Members takes IDs as text and answers the agents added', async () => {
			ctx.fake.state.teamMembers = ctx.fake.state.teamMembers.filter((m) => m.user_id !== 2);
			const { items } = await run({ operation: 'addMembers', team: byId(1), teamAgentIdsToAdd: ' 2 , ' });
			expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/teams/1/team_members', { user_ids: [2] })]);
			expect(items.map((i) => i.json.id)).toEqual([2]);
		});

		test('Update Members replaces the members, IDs from an expression array', async () => {
			const { items } = await run({ operation: 'updateMembers', team: byId(1), teamAgentIds: '={{ $json.ids }}' }, jsonItems({ ids: [2] }));
			expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', '/api/v1/accounts/1/teams/1/team_members', { user_ids: [2] })]);
			expect(items.map((i) => i.json.id)).toEqual([2]);
			expect(ctx.fake.state.teamMembers.map((m) => m.user_id)).toEqual([2]);
		});

		test('Remove Members', async () => {
			const { items } = await run({ operation: 'removeMembers', team: byId(1), teamAgentIdsToRemove: '1,2' });
			expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/teams/1/team_members', { user_ids: [1, 2] })]);
			expect(items.map((i) => i.json)).toEqual([{ success: true }]);
			expect(ctx.fake.state.teamMembers).toEqual([]);
		});
	});

	test.each([
		['a team ID that is not a number', { operation: 'get', team: byId('={{ "support" }}') }, /^Team: must be a positive whole number, got "support"/],
		['an agent ID that is not a number', { operation: 'addMembers', team: byId(1), teamAgentIdsToAdd: '1, bob' }, /^Agent IDs: must be a positive whole number, got "bob"/],
		['no agent IDs', { operation: 'updateMembers', team: byId(1), teamAgentIds: ' ' }, /^Agent IDs: is required/],
		['a blank name', { operation: 'create', teamName: '  ' }, /^Name: is required and cannot be empty/],
	])('bad input fails before any request: %s', async (_name, parameters, message) => {
		const error = await run.failure(parameters);
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test("Chatwoot's own error text: a duplicate name", async () => {
		const error = await run.failure({ operation: 'create', teamName: 'Support' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/teams', { name: 'Support' }, {}, 422)]);
		expect(error.message).toBe('Chatwoot: Name has already been taken');
		expect(error.httpCode).toBe('422');
	});

	test('listSearch getTeams: names with their settings page, filtered by the typed text', async () => {
		ctx.fake.state.teams.push({ id: 2, account_id: 1, name: 'sales', description: null, allow_auto_assign: true, created_at: new Date() });
		const all = await searchList('getTeams', userCredential(ctx.fake));
		expect(all.results).toEqual([
			{ name: 'support', value: 1, url: `${ctx.fake.url}/app/accounts/1/settings/teams/1/edit` },
			{ name: 'sales', value: 2, url: `${ctx.fake.url}/app/accounts/1/settings/teams/2/edit` },
		]);
		const found = await searchList('getTeams', userCredential(ctx.fake), { filter: 'SAL' });
		expect(found.results.map((r) => r.value)).toEqual([2]);
	});
});
