/** Agent: the people of the account, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'agent' });

describe('Agent', () => {
	test('Get Many: one item per agent; Limit cuts the list', async () => {
		const all = await run({ operation: 'getAll', agentReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/agents')]);
		expect(all.items.map((i) => [i.json.id, i.json.email, i.json.role])).toEqual([
			[1, 'alice@acme.test', 'administrator'],
			[2, 'bob@acme.test', 'agent'],
		]);
		const limited = await run({ operation: 'getAll', agentReturnAll: false, agentLimit: 1 });
		expect(limited.items.map((i) => i.json.id)).toEqual([1]);
	});

	test('Create sends name, email and role, and only the settings added', async () => {
		const { items } = await run({
			operation: 'create',
			agentName: 'Carol',
			agentEmail: ' carol@acme.test ',
			agentRole: 'administrator',
			agentAdditionalFields: { availability: 'busy' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/agents', { name: 'Carol', email: 'carol@acme.test', role: 'administrator', availability: 'busy' }),
		]);
		expect(items).toHaveLength(1);
		// The agent view renders the account user's availability as availability_status.
		expect(items[0].json).toMatchObject({ name: 'Carol', email: 'carol@acme.test', role: 'administrator', availability_status: 'busy' });
	});

	test('Create with the defaults sends the role agent and nothing else extra', async () => {
		await run({ operation: 'create', agentName: 'Dan', agentEmail: 'dan@acme.test', agentRole: 'agent' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/agents', { name: 'Dan', email: 'dan@acme.test', role: 'agent' })]);
	});

	test('Update always sends the role (the spec requires it), plus the fields added', async () => {
		const { items } = await run({ operation: 'update', agent: byId(2), agentNewRole: 'agent', agentUpdateFields: { auto_offline: false } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', '/api/v1/accounts/1/agents/2', { role: 'agent', auto_offline: false })]);
		expect(items[0].json).toMatchObject({ id: 2, role: 'agent', auto_offline: false });
	});

	test('Delete, agent picked from the list', async () => {
		const { items } = await run({ operation: 'delete', agent: { __rl: true, mode: 'list', value: 2, cachedResultName: 'Bob Agent' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/agents/2')]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.accountUsers.map((au) => au.user_id)).toEqual([1]);
	});

	test.each([
		['an email without @', { operation: 'create', agentName: 'Eve', agentEmail: 'eve.acme.test', agentRole: 'agent' }, /^Email: must be an email address/],
		['a name that is blank at run time', { operation: 'create', agentName: '={{ "" }}', agentEmail: 'eve@acme.test', agentRole: 'agent' }, /^Name: is required and cannot be empty/],
		['an unknown role', { operation: 'update', agent: byId(2), agentNewRole: '={{ "owner" }}' }, /^Role: must be one of administrator, agent, got "owner"/],
		['an agent ID that is not a number', { operation: 'delete', agent: byId('={{ "bob" }}') }, /^Agent: must be a positive whole number, got "bob"/],
	])('bad input fails before any request: %s', async (_name, parameters, message) => {
		const error = await run.failure(parameters);
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('404 names the agent ID', async () => {
		const error = await run.failure({ operation: 'delete', agent: byId(99) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/agents/99', undefined, {}, 404)]);
		expect(error.httpCode).toBe('404');
		expect(error.description).toContain('Agent 99');
	});

	test('listSearch getAgents: name and email, filtered by the typed text', async () => {
		const all = await searchList('getAgents', userCredential(ctx.fake));
		expect(all.results).toEqual([
			{ name: 'Alice Admin (alice@acme.test)', value: 1, url: undefined },
			{ name: 'Bob Agent (bob@acme.test)', value: 2, url: undefined },
		]);
		const found = await searchList('getAgents', userCredential(ctx.fake), { filter: 'bob@' });
		expect(found.results.map((r) => r.value)).toEqual([2]);
	});
});

describe('Agent: routes the spec leaves out', () => {
	const agentRecord = (id: number, name: string, email: string, role: string, availableName = name) => ({
		id,
		account_id: 1,
		availability_status: 'online',
		auto_offline: true,
		confirmed: true,
		email,
		available_name: availableName,
		name,
		role,
		thumbnail: '',
		custom_role_id: null,
	});

	test('Bulk Create: emails[] in the body; Chatwoot answers 200 without a body', async () => {
		const { items } = await run({ operation: 'bulkCreate', agentEmails: 'ana@example.com, li@example.com' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/agents/bulk_create', { emails: ['ana@example.com', 'li@example.com'] }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		// named after the part before the @
		const agents = await run({ operation: 'getAll', agentReturnAll: true });
		expect(agents.items.map((i) => [i.json.name, i.json.email, i.json.role])).toEqual([
			['Alice Admin', 'alice@acme.test', 'administrator'],
			['Bob Agent', 'bob@acme.test', 'agent'],
			['ana', 'ana@example.com', 'agent'],
			['li', 'li@example.com', 'agent'],
		]);
	});

	test('Bulk Create takes an array from an expression', async () => {
		await run({ operation: 'bulkCreate', agentEmails: '={{ ["ana@example.com"] }}' });
		expect(ctx.fake.requests[0].body).toEqual({ emails: ['ana@example.com'] });
	});

	test('Get Assignable: inbox_ids[] in the query; members of every inbox and the administrators', async () => {
		const { items } = await run({ operation: 'getAssignable', agentInboxIds: '1, 2', agentReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/assignable_agents', undefined, { 'inbox_ids[]': ['1', '2'] }),
		]);
		// Bob is a member of inbox 1 only
		expect(items.map((i) => i.json)).toEqual([agentRecord(1, 'Alice Admin', 'alice@acme.test', 'administrator')]);
		const one = await run({ operation: 'getAssignable', agentInboxIds: '={{ [1] }}', agentReturnAll: false, agentLimit: 5 });
		expect(one.items.map((i) => i.json)).toEqual([
			agentRecord(1, 'Alice Admin', 'alice@acme.test', 'administrator'),
			// Bob's display name
			agentRecord(2, 'Bob Agent', 'bob@acme.test', 'agent', 'Bob'),
		]);
	});

	test("Get Assignable with an inbox of another account: Chatwoot's 404", async () => {
		const { error } = await runNode({
			parameters: { resource: 'agent', operation: 'getAssignable', agentInboxIds: '1, 99', agentReturnAll: true } as never,
			credential: userCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Chatwoot: /);
		expect(ctx.fake.requests.map((r) => [r.path, r.status])).toEqual([['/api/v1/accounts/1/assignable_agents', 404]]);
	});

	test.each([
		['an address without @', { operation: 'bulkCreate', agentEmails: 'ana@example.com, li' }, /^Emails: must be an email address like name@example.com, got "li"/],
		['no address', { operation: 'bulkCreate', agentEmails: '={{ [] }}' }, /^Emails: is required and cannot be empty/],
		['inbox IDs not numbers', { operation: 'getAssignable', agentInboxIds: '1, support', agentReturnAll: true }, /^Inbox IDs: must be a positive whole number, got "support"/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const { error, items } = await runNode({ parameters: { resource: 'agent', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
