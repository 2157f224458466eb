/** Integration: apps and hooks, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
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

describe('Integration: app actions (routes the spec leaves out)', () => {
	const INTEGRATIONS = '/api/v1/accounts/1/integrations';
	const conversation = (id: number) => ({ __rl: true, mode: 'id', value: String(id) });

	function connect(...apps: Array<{ app_id: string; reference_id?: string }>) {
		apps.forEach((app, i) =>
			ctx.fake.state.integrationHooks.push({ id: 10 + i, account_id: 1, inbox_id: null, hook_type: 'account', status: 'enabled', settings: {}, reference_id: null, ...app }),
		);
	}

	test('Get App: the app by its name ID, with its hooks', async () => {
		seedHooks();
		const { items } = await run({ operation: 'getApp', appId: 'openai' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${INTEGRATIONS}/apps/openai`)]);
		expect(items.map((i) => i.json)).toEqual([
			{
				id: 'openai',
				name: 'OpenAI',
				description: 'Reply suggestions and summaries with OpenAI',
				hook_type: 'account',
				enabled: true,
				allow_multiple_hooks: false,
				hooks: [{ id: 2, app_id: 'openai', status: false, inbox: null, account_id: 1, hook_type: 'account', settings: { api_key: 'sk-test' }, reference_id: null }],
			},
		]);
	});

	test('Slack: Get Slack Channels (one item each), Set Slack Channel (reference_id), Disconnect Slack', async () => {
		connect({ app_id: 'slack' });
		const channels = await run({ operation: 'getSlackChannels', integrationReturnAll: true });
		const set = await run({ operation: 'setSlackChannel', slackChannelId: 'C0100000002' });
		const disconnected = await run({ operation: 'disconnectSlack' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${INTEGRATIONS}/slack/list_all_channels`),
			expectedRequest('PATCH', `${INTEGRATIONS}/slack`, { reference_id: 'C0100000002' }),
			expectedRequest('DELETE', `${INTEGRATIONS}/slack`),
		]);
		expect(channels.items.map((i) => i.json)).toEqual([
			{ id: 'C0100000001', name: 'support' },
			{ id: 'C0100000002', name: 'escalations' },
		]);
		expect(set.items.map((i) => [i.json.id, (i.json.hooks as Array<Record<string, unknown>>)[0].reference_id])).toEqual([['slack', 'C0100000002']]);
		expect(disconnected.items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.integrationHooks).toEqual([]);
	});

	test("Set Slack Channel with a channel Slack does not know: Chatwoot's 422 with its text", async () => {
		connect({ app_id: 'slack' });
		const { error } = await runNode({ parameters: { resource: 'integration', operation: 'setSlackChannel', slackChannelId: 'C9' } as never, credential: userCredential(ctx.fake) });
		expect(error?.message).toBe('Chatwoot: Invalid slack channel. Please try again');
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([422]);
	});

	test('Dyte: Create Dyte Meeting posts the meeting message; Add Dyte Participant takes its ID', async () => {
		connect({ app_id: 'dyte' });
		const meeting = await run({ operation: 'createDyteMeeting', integrationConversation: conversation(2) });
		const messageId = meeting.items[0].json.id as number;
		const participant = await run({ operation: 'addDyteParticipant', dyteMessageId: messageId });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${INTEGRATIONS}/dyte/create_a_meeting`, { conversation_id: 2 }),
			expectedRequest('POST', `${INTEGRATIONS}/dyte/add_participant_to_meeting`, { message_id: messageId }),
		]);
		expect(meeting.items).toHaveLength(1);
		expect(meeting.items[0].json).toMatchObject({
			content: "Alice Admin's Meeting",
			conversation_id: 2,
			content_type: 'integrations',
			content_attributes: { type: 'dyte', data: { meeting_id: `meeting-2-${messageId}` } },
			sender_type: 'User',
			sender_id: 1,
		});
		expect(participant.items.map((i) => i.json)).toEqual([
			{ id: 'participant-1', name: 'Alice Admin', custom_participant_id: '1', preset_name: 'group_call_host', token: `dyte-token-${messageId}-1` },
		]);
	});

	test('Shopify: Get Shopify Orders of a contact (one item per order), Disconnect Shopify', async () => {
		connect({ app_id: 'shopify', reference_id: 'acme.myshopify.com' });
		const orders = await run({ operation: 'getShopifyOrders', shopifyContact: byId(1), integrationReturnAll: true });
		const disconnected = await run({ operation: 'disconnectShopify' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${INTEGRATIONS}/shopify/orders`, undefined, { contact_id: '1' }),
			expectedRequest('DELETE', `${INTEGRATIONS}/shopify`),
		]);
		expect(orders.items.map((i) => i.json)).toEqual([
			{
				id: 4501,
				email: 'jane@example.test',
				created_at: '2024-04-20T10:00:00Z',
				total_price: '49.00',
				currency: 'USD',
				fulfillment_status: 'fulfilled',
				financial_status: 'paid',
				admin_url: 'https://acme.myshopify.com/admin/orders/4501',
			},
		]);
		expect(disconnected.items.map((i) => i.json)).toEqual([{ success: true }]);
	});

	test("Get Shopify Orders without the Shopify connection: Chatwoot's 404", async () => {
		const { error } = await runNode({ parameters: { resource: 'integration', operation: 'getShopifyOrders', shopifyContact: byId(1), integrationReturnAll: true } as never, credential: userCredential(ctx.fake) });
		expect(error?.message).toMatch(/^Chatwoot: /);
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
	});

	test('Linear: teams, team entities, create, search, link, linked issues, unlink, disconnect', async () => {
		connect({ app_id: 'linear' });
		const teams = await run({ operation: 'getLinearTeams', integrationReturnAll: true });
		const entities = await run({ operation: 'getLinearTeamEntities', linearTeamId: 'team-eng' });
		const created = await run({
			operation: 'createLinearIssue',
			integrationConversation: conversation(1),
			linearTeamId: 'team-eng',
			linearIssueTitle: 'Refund not received',
			linearIssueFields: { description: 'Customer waits since May 1', priority: 'high', label_ids: 'label-bug', state_id: 'state-todo' },
		});
		const found = await run({ operation: 'searchLinearIssues', linearSearchTerm: 'refund', integrationReturnAll: true });
		const linked = await run({ operation: 'linkLinearIssue', integrationConversation: conversation(1), linearIssueId: 'ENG-8', linearLinkOptions: { title: 'Chatwoot conversation' } });
		const links = await run({ operation: 'getLinearLinkedIssues', integrationConversation: conversation(1), integrationReturnAll: true });
		const unlinked = await run({ operation: 'unlinkLinearIssue', integrationConversation: conversation(1), linearLinkId: 'link-1', linearIssueId: 'ENG-8' });
		const disconnected = await run({ operation: 'disconnectLinear' });
		const link = `${ctx.fake.url}/app/accounts/1/conversations/1`;
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${INTEGRATIONS}/linear/teams`),
			expectedRequest('GET', `${INTEGRATIONS}/linear/team_entities`, undefined, { team_id: 'team-eng' }),
			expectedRequest('POST', `${INTEGRATIONS}/linear/create_issue`, {
				conversation_id: 1,
				team_id: 'team-eng',
				title: 'Refund not received',
				description: 'Customer waits since May 1',
				priority: 2,
				state_id: 'state-todo',
				label_ids: ['label-bug'],
			}),
			expectedRequest('GET', `${INTEGRATIONS}/linear/search_issue`, undefined, { q: 'refund' }),
			expectedRequest('POST', `${INTEGRATIONS}/linear/link_issue`, { conversation_id: 1, issue_id: 'ENG-8', title: 'Chatwoot conversation' }),
			expectedRequest('GET', `${INTEGRATIONS}/linear/linked_issues`, undefined, { conversation_id: '1' }),
			expectedRequest('POST', `${INTEGRATIONS}/linear/unlink_issue`, { conversation_id: 1, link_id: 'link-1', issue_id: 'ENG-8' }),
			expectedRequest('DELETE', `${INTEGRATIONS}/linear`),
		]);
		const issue = { id: 'issue-1', title: 'Refund not received', identifier: 'ENG-8', description: 'Customer waits since May 1', priority: 2 };
		expect(teams.items.map((i) => i.json)).toEqual([{ id: 'team-eng', name: 'Engineering', key: 'ENG' }]);
		expect(entities.items.map((i) => i.json)).toEqual([
			{ users: [{ id: 'user-ana', name: 'Ana' }], projects: [{ id: 'project-web', name: 'Website' }], states: [{ id: 'state-todo', name: 'Todo' }], labels: [{ id: 'label-bug', name: 'Bug' }] },
		]);
		expect(created.items.map((i) => i.json)).toEqual([{ id: 'issue-1', title: 'Refund not received', identifier: 'ENG-8' }]);
		expect(found.items.map((i) => i.json)).toEqual([issue]);
		expect(linked.items.map((i) => i.json)).toEqual([{ id: 'ENG-8', link, link_id: 'link-1' }]);
		expect(links.items.map((i) => i.json)).toEqual([{ id: 'link-1', title: 'Chatwoot conversation', url: link, issue }]);
		expect(unlinked.items.map((i) => i.json)).toEqual([{ link_id: 'link-1' }]);
		expect(disconnected.items.map((i) => i.json)).toEqual([{ success: true }]);
	});

	test('Disconnect Notion', async () => {
		connect({ app_id: 'notion' });
		const { items } = await run({ operation: 'disconnectNotion' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${INTEGRATIONS}/notion`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.integrationHooks).toEqual([]);
	});

	test.each([
		['an app ID with a slash', { operation: 'getApp', appId: '../hooks' }, /^App ID: must be the ID of a Chatwoot app like dialogflow or openai, got "..\/hooks"/],
		['a blank Slack channel', { operation: 'setSlackChannel', slackChannelId: '={{ " " }}' }, /^Slack Channel ID: is required and cannot be empty/],
		['a conversation that is not an ID', { operation: 'createDyteMeeting', integrationConversation: conversation('={{ "first" }}' as never) }, /^Conversation: must be a positive whole number, got "first"/],
		['a meeting message ID that is not a number', { operation: 'addDyteParticipant', dyteMessageId: '={{ "latest" }}' }, /^Meeting Message ID: must be a positive whole number, got "latest"/],
		['a contact that is not an ID', { operation: 'getShopifyOrders', shopifyContact: byId('={{ "jane" }}'), integrationReturnAll: true }, /^Contact: must be a positive whole number, got "jane"/],
		['no Linear team', { operation: 'getLinearTeamEntities', linearTeamId: '={{ "" }}' }, /^Linear Team ID: is required and cannot be empty/],
		['no issue title', { operation: 'createLinearIssue', integrationConversation: conversation(1), linearTeamId: 'team-eng', linearIssueTitle: '={{ "" }}' }, /^Title: is required and cannot be empty/],
		['an unknown priority', { operation: 'createLinearIssue', integrationConversation: conversation(1), linearTeamId: 'team-eng', linearIssueTitle: 'Bug', linearIssueFields: { priority: '={{ "p1" }}' } }, /^Priority: must be one of none, urgent, high, medium, low, got "p1"/],
		['no search term', { operation: 'searchLinearIssues', linearSearchTerm: '={{ "" }}', integrationReturnAll: true }, /^Search Term: is required and cannot be empty/],
		['no issue to link', { operation: 'linkLinearIssue', integrationConversation: conversation(1), linearIssueId: '={{ "" }}' }, /^Linear Issue ID: is required and cannot be empty/],
		['no link to remove', { operation: 'unlinkLinearIssue', integrationConversation: conversation(1), linearLinkId: '={{ "" }}', linearIssueId: 'ENG-8' }, /^Link ID: is required and cannot be empty/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const { error, items } = await runNode({ parameters: { resource: 'integration', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
