/** Integration: apps and hooks, through n8n-core's engine against the fake. */
import { byId, expectAllAccepted, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const HOOKS = '/api/v1/accounts/1/integrations/hooks';

function seedHooks() {
	ctx.fake.state.integrationHooks.push(
		{ id: 1, account_id: 1, app_id: 'dialogflow', inbox_id: 1, hook_type: 'inbox', status: 'enabled', settings: { project_id: 'acme-bot' } },
		{ id: 2, account_id: 1, app_id: 'openai', inbox_id: null, hook_type: 'account', status: 'disabled', settings: { api_key: 'sk-test' } },
	);
}

const run = runner(ctx, { resource: 'integration' });

describe('Integration', () => {
	test('Get Many Apps: one item per app, with its hooks', async () => {
		seedHooks();
		const { items } = await run({ operation: 'getAllApps', integrationReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/integrations/apps')]);
		expect(items.map((i) => i.json.id)).toEqual(['dialogflow', 'google_translate', 'openai', 'webhook']);
		expect(items[0].json.hooks).toEqual([expect.objectContaining({ id: 1, app_id: 'dialogflow', inbox: { id: 1, name: 'Acme Support' } })]);

		ctx.fake.requests.length = 0;
		const limited = await run({ operation: 'getAllApps', integrationReturnAll: false, integrationLimit: 2 });
		expect(limited.items.map((i) => i.json.id)).toEqual(['dialogflow', 'google_translate']);
	});

	// Chatwoot's app IDs are names ("dialogflow"), stored in a string column; the spec types
	// app_id as an integer (the fake's allow-list entry 9).
	test('Create Hook sends the app ID as Chatwoot names it, the inbox and the settings', async () => {
		const { items } = await run({
			operation: 'createHook',
			appId: 'dialogflow',
			integrationInbox: { __rl: true, mode: 'list', value: 1 },
			integrationAdditionalFields: { settings: '{"project_id": "acme-bot", "credentials": {}}', status: 'enabled' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', HOOKS, { app_id: 'dialogflow', inbox_id: 1, status: 1, settings: { project_id: 'acme-bot', credentials: {} } }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, app_id: 'dialogflow', status: true, hook_type: 'inbox', inbox: { id: 1, name: 'Acme Support' } });
	});

	test('Create Hook for an account app sends no inbox', async () => {
		const { items } = await run({ operation: 'createHook', appId: 'openai', integrationInbox: { __rl: true, mode: 'list', value: '' }, integrationAdditionalFields: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/integrations/hooks', { app_id: 'openai' })]);
		expect(items[0].json).toMatchObject({ app_id: 'openai', hook_type: 'account', inbox: null, status: true });
	});

	test("an inbox app without an inbox: Chatwoot's 422 names the field", async () => {
		const error = await run.failure({ operation: 'createHook', appId: 'dialogflow', integrationInbox: { __rl: true, mode: 'list', value: '' }, integrationAdditionalFields: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/integrations/hooks', { app_id: 'dialogflow' }, {}, 422)]);
		expect(error.httpCode).toBe('422');
		expect(error.message).toBe("Chatwoot: Inbox can't be blank");
		expect(error.description).toBe('Chatwoot rejected these fields: inbox_id.');
	});

	test('Update Hook: status as Chatwoot\'s number, settings as an object', async () => {
		seedHooks();
		const { items } = await run({ operation: 'updateHook', hook: byId(2), integrationUpdateFields: { status: 'enabled', settings: { api_key: 'sk-new' } } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${HOOKS}/2`, { status: 1, settings: { api_key: 'sk-new' } })]);
		expect(items[0].json).toMatchObject({ id: 2, app_id: 'openai', status: true, settings: { api_key: 'sk-new' } });
	});

	test('Delete Hook', async () => {
		seedHooks();
		const { items } = await run({ operation: 'deleteHook', hook: { __rl: true, mode: 'list', value: 1 } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${HOOKS}/1`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.integrationHooks.map((h) => h.id)).toEqual([2]);
	});

	test('an unknown hook is a 404 naming it', async () => {
		const error = await run.failure({ operation: 'deleteHook', hook: byId(99) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/integrations/hooks/99', undefined, {}, 404)]);
		expect(error.httpCode).toBe('404');
		expect(error.description).toContain('Hook 99');
	});

	describe('bad input fails before any request, naming the field', () => {
		test.each([
			['app ID that is a number', { operation: 'createHook', appId: '3' }, /^App ID: must be the ID of a Chatwoot app like dialogflow/],
			['inbox not an ID', { operation: 'createHook', appId: 'dialogflow', integrationInbox: byId('={{ "main" }}') }, /^Inbox: must be a positive whole number/],
			['settings not JSON', { operation: 'updateHook', hook: byId(1), integrationUpdateFields: { settings: '{api_key}' } }, /^Settings: is not valid JSON/],
			['hook ID not a number', { operation: 'deleteHook', hook: byId('={{ "x" }}') }, /^Hook: must be a positive whole number/],
			['update without fields', { operation: 'updateHook', hook: byId(1), integrationUpdateFields: {} }, /^Update Fields: add Status or Settings/],
		])('%s', async (_name, parameters, message) => {
			const error = await run.failure(parameters);
			expect(error.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});
	});

	test('listSearch getIntegrationHooks: the hooks of every app, named after app and inbox', async () => {
		seedHooks();
		const all = await searchList('getIntegrationHooks', userCredential(ctx.fake));
		const settings = `${ctx.fake.url}/app/accounts/1/settings/integrations`;
		expect(all.results).toEqual([
			{ name: 'Dialogflow - Acme Support (hook 1)', value: 1, url: `${settings}/dialogflow` },
			{ name: 'OpenAI (hook 2)', value: 2, url: `${settings}/openai` },
		]);
		const filtered = await searchList('getIntegrationHooks', userCredential(ctx.fake), { filter: 'openai' });
		expect(filtered.results.map((r) => r.value)).toEqual([2]);
		expectAllAccepted(ctx.fake);
	});
});
