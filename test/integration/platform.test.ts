/**
 * Every Platform API operation (accounts, account users, agent bots, users) through
 * n8n-core's engine against the spec-checking fake.
 */
import type { IDataObject } from 'n8n-workflow';
import { runNode } from '../helpers/engine';
import { expectAllAccepted, platformCredential, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

async function run(parameters: Record<string, unknown>, items?: IDataObject[]) {
	const result = await runNode({ parameters: parameters as never, credential: platformCredential(ctx.fake), items });
	expectAllAccepted(ctx.fake);
	return result;
}

const request = (index = 0) => summary(ctx.fake.requests[index]);

describe('Platform: Account', () => {
	test('Create sends the name and only the added fields', async () => {
		const { items } = await run({
			resource: 'platformAccount',
			operation: 'create',
			platformAccountName: 'Globex',
			platformAccountAdditionalFields: { locale: 'de', support_email: 'help@globex.test', limits: '{"agents": 5}' },
		});
		expect(request()).toMatchObject({
			method: 'POST',
			path: '/platform/api/v1/accounts',
			body: { name: 'Globex', locale: 'de', support_email: 'help@globex.test', limits: { agents: 5 } },
			status: 200,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Globex', locale: 'de' });
	});

	test('Get, Update, Delete an account the platform app created', async () => {
		const created = await run({ resource: 'platformAccount', operation: 'create', platformAccountName: 'Initech' });
		const id = created.items[0].json.id as number;

		const got = await run({ resource: 'platformAccount', operation: 'get', accountId: id });
		expect(request(1)).toMatchObject({ method: 'GET', path: `/platform/api/v1/accounts/${id}`, body: undefined });
		expect(got.items[0].json).toMatchObject({ id, name: 'Initech' });

		const updated = await run({
			resource: 'platformAccount',
			operation: 'update',
			accountId: id,
			platformAccountUpdateFields: { status: 'suspended' },
		});
		expect(request(2)).toMatchObject({ method: 'PATCH', path: `/platform/api/v1/accounts/${id}`, body: { status: 'suspended' } });
		expect(updated.items[0].json).toMatchObject({ id, status: 'suspended' });

		const deleted = await run({ resource: 'platformAccount', operation: 'delete', accountId: id });
		expect(request(3)).toMatchObject({ method: 'DELETE', path: `/platform/api/v1/accounts/${id}` });
		expect(deleted.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
	});

	test('Create and Update switch features on and off (features, permitted by the server beyond the spec)', async () => {
		const created = await run({ resource: 'platformAccount', operation: 'create', platformAccountName: 'Umbrella', platformAccountAdditionalFields: { features: '{"help_center": true}' } });
		expect(request()).toMatchObject({ method: 'POST', path: '/platform/api/v1/accounts', body: { name: 'Umbrella', features: { help_center: true } }, status: 200 });
		expect(created.items[0].json.enabled_features).toMatchObject({ help_center: true });
		const id = created.items[0].json.id as number;
		const updated = await run({ resource: 'platformAccount', operation: 'update', accountId: id, platformAccountUpdateFields: { features: { help_center: false } } });
		expect(request(1)).toMatchObject({ method: 'PATCH', path: `/platform/api/v1/accounts/${id}`, body: { features: { help_center: false } }, status: 200 });
		expect(updated.items[0].json.enabled_features).not.toHaveProperty('help_center');
	});

	test('bad input: a feature switched by something other than true or false', async () => {
		const { error } = await runNode({
			parameters: { resource: 'platformAccount', operation: 'create', platformAccountName: 'X', platformAccountAdditionalFields: { features: '{"help_center": "yes"}' } } as never,
			credential: platformCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Features: "help_center" must be true or false/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('bad input: a support email that is not an email', async () => {
		const { error } = await runNode({
			parameters: { resource: 'platformAccount', operation: 'create', platformAccountName: 'X', platformAccountAdditionalFields: { support_email: 'nope' } } as never,
			credential: platformCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Support Email: must be an email address/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Platform: Account User', () => {
	test('Create, Get Many, Delete', async () => {
		const user = await run({
			resource: 'platformUser',
			operation: 'create',
			platformUserName: 'Carol',
			platformUserEmail: 'carol@acme.test',
			password: 'Passw0rd!',
		});
		const userId = user.items[0].json.id as number;

		const created = await run({ resource: 'platformAccountUser', operation: 'create', platformAccountUserAccountId: 1, platformAccountUserUserId: userId, role: 'administrator' });
		expect(request(1)).toMatchObject({
			method: 'POST',
			path: '/platform/api/v1/accounts/1/account_users',
			body: { user_id: userId, role: 'administrator' },
		});
		expect(created.items[0].json).toMatchObject({ account_id: 1, user_id: userId, role: 'administrator' });

		const listed = await run({ resource: 'platformAccountUser', operation: 'getAll', platformAccountUserAccountId: 1, platformAccountUserReturnAll: true });
		expect(request(2)).toMatchObject({ method: 'GET', path: '/platform/api/v1/accounts/1/account_users', query: {} });
		expect(listed.items.map((i) => i.json.user_id)).toContain(userId);
		expect(listed.items.every((i) => i.json.account_id === 1)).toBe(true);

		const limited = await run({ resource: 'platformAccountUser', operation: 'getAll', platformAccountUserAccountId: 1, platformAccountUserLimit: 1 });
		expect(limited.items).toHaveLength(1);

		await run({ resource: 'platformAccountUser', operation: 'delete', platformAccountUserAccountId: 1, platformAccountUserUserId: userId });
		expect(request(4)).toMatchObject({
			method: 'DELETE',
			path: '/platform/api/v1/accounts/1/account_users',
			body: { user_id: userId },
			status: 200,
		});
		expect(ctx.fake.state.accountUsers.some((au) => au.user_id === userId)).toBe(false);
	});

	test('bad input: User ID missing', async () => {
		const { error } = await runNode({
			parameters: { resource: 'platformAccountUser', operation: 'create', platformAccountUserAccountId: 1, role: 'agent' } as never,
			credential: platformCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^User ID: must be a positive whole number, got 0/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Platform: Agent Bot', () => {
	test('Create, Get, Update, Get Many, Delete', async () => {
		const created = await run({
			resource: 'platformAgentBot',
			operation: 'create',
			platformAgentBotName: 'Night Shift',
			platformAgentBotAdditionalFields: { description: 'Answers at night', outgoing_url: 'https://bots.example.test/night', account_id: 1 },
		});
		expect(request(0)).toMatchObject({
			method: 'POST',
			path: '/platform/api/v1/agent_bots',
			body: { name: 'Night Shift', description: 'Answers at night', outgoing_url: 'https://bots.example.test/night', account_id: 1 },
		});
		const id = created.items[0].json.id as number;
		expect(created.items[0].json).toMatchObject({ id, name: 'Night Shift', outgoing_url: 'https://bots.example.test/night' });

		const got = await run({ resource: 'platformAgentBot', operation: 'get', agentBotId: id });
		expect(request(1)).toMatchObject({ method: 'GET', path: `/platform/api/v1/agent_bots/${id}` });
		expect(got.items[0].json.name).toBe('Night Shift');

		const updated = await run({ resource: 'platformAgentBot', operation: 'update', agentBotId: id, platformAgentBotUpdateFields: { name: 'Day Shift' } });
		expect(request(2)).toMatchObject({ method: 'PATCH', path: `/platform/api/v1/agent_bots/${id}`, body: { name: 'Day Shift' } });
		expect(updated.items[0].json.name).toBe('Day Shift');

		const listed = await run({ resource: 'platformAgentBot', operation: 'getAll', platformAgentBotReturnAll: true });
		expect(request(3)).toMatchObject({ method: 'GET', path: '/platform/api/v1/agent_bots', query: {} });
		expect(listed.items.map((i) => i.json.name)).toContain('Day Shift');

		await run({ resource: 'platformAgentBot', operation: 'delete', agentBotId: id });
		expect(request(4)).toMatchObject({ method: 'DELETE', path: `/platform/api/v1/agent_bots/${id}`, status: 200 });
	});

	test('bad input: an outgoing URL that is not a URL', async () => {
		const { error } = await runNode({
			parameters: { resource: 'platformAgentBot', operation: 'create', platformAgentBotName: 'B', platformAgentBotAdditionalFields: { outgoing_url: 'ftp:/x' } } as never,
			credential: platformCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Outgoing URL: must be an http\(s\) URL/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Platform: User', () => {
	test('Create, Get, Get SSO Link, Delete', async () => {
		const created = await run({
			resource: 'platformUser',
			operation: 'create',
			platformUserName: 'Dave',
			platformUserEmail: 'dave@acme.test',
			password: 'Sup3r-secret',
			platformUserAdditionalFields: { custom_attributes: '{"team": "blue"}' },
		});
		expect(request(0)).toMatchObject({
			method: 'POST',
			path: '/platform/api/v1/users',
			body: { name: 'Dave', email: 'dave@acme.test', password: 'Sup3r-secret', custom_attributes: { team: 'blue' } },
		});
		const id = created.items[0].json.id as number;
		expect(created.items[0].json).toMatchObject({ id, name: 'Dave', email: 'dave@acme.test', custom_attributes: { team: 'blue' } });

		const got = await run({ resource: 'platformUser', operation: 'get', userId: id });
		expect(request(1)).toMatchObject({ method: 'GET', path: `/platform/api/v1/users/${id}` });
		expect(got.items[0].json).toMatchObject({ id, email: 'dave@acme.test' });

		const link = await run({ resource: 'platformUser', operation: 'getSsoLink', userId: id });
		expect(request(2)).toMatchObject({ method: 'GET', path: `/platform/api/v1/users/${id}/login` });
		expect(String(link.items[0].json.url)).toMatch(/\/app\/login\?email=dave%40acme\.test&sso_auth_token=/);

		const deleted = await run({ resource: 'platformUser', operation: 'delete', userId: id });
		expect(request(3)).toMatchObject({ method: 'DELETE', path: `/platform/api/v1/users/${id}`, status: 200 });
		expect(deleted.items[0].json).toEqual({ success: true });
	});

	test("Create with a password Chatwoot would refuse fails before the request, naming the rule", async () => {
		const { error } = await runNode({
			parameters: { resource: 'platformUser', operation: 'create', platformUserName: 'E', platformUserEmail: 'e@acme.test', password: 'password1!' } as never,
			credential: platformCredential(ctx.fake),
		});
		expect(error?.message).toBe('Password: must contain at least one uppercase letter');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Platform extras: Get Many accounts, user access token, agent bot avatar', () => {
	const runPlatform = async (parameters: Record<string, unknown>) => {
		const result = await runNode({ parameters: parameters as never, credential: platformCredential(ctx.fake) });
		expect(result.error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		return result.items.map((i) => i.json);
	};

	test('Platform: Account > Get Many lists the accounts of the platform app', async () => {
		const accounts = await runPlatform({ resource: 'platformAccount', operation: 'getAll', platformAccountReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'GET', path: '/platform/api/v1/accounts', query: {}, body: undefined, status: 200, rejected: undefined },
		]);
		expect(accounts).toEqual([expect.objectContaining({ id: 1, name: 'Acme' })]);
	});

	test('Platform: User > Get Access Token answers with the token and the user', async () => {
		const user = ctx.fake.state.users.find((u) => u.id === 1)!;
		const answer = await runPlatform({ resource: 'platformUser', operation: 'getAccessToken', userId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'POST', path: '/platform/api/v1/users/1/token', query: {}, body: undefined, status: 200, rejected: undefined },
		]);
		expect(answer).toEqual([
			{
				access_token: user.access_token,
				expiry: null,
				user: { id: 1, name: 'Alice Admin', display_name: null, email: 'alice@acme.test', pubsub_token: user.pubsub_token },
			},
		]);
	});

	test('Platform: Agent Bot > Delete Avatar answers with the bot', async () => {
		const bots = await runPlatform({ resource: 'platformAgentBot', operation: 'deleteAvatar', agentBotId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'DELETE', path: '/platform/api/v1/agent_bots/1/avatar', query: {}, body: undefined, status: 200, rejected: undefined },
		]);
		expect(bots).toEqual([expect.objectContaining({ id: 1, name: 'Acme Helper', thumbnail: '' })]);
	});

	test('bad input: a user ID that is not a whole number fails before any request', async () => {
		const { error } = await runNode({
			parameters: { resource: 'platformUser', operation: 'getAccessToken', userId: 1.5 } as never,
			credential: platformCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^User ID: must be a positive whole number, got 1\.5/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
