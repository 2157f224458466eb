/**
 * Agent Bot tokens: what Chatwoot refuses them fails before any request, naming the Token Kind
 * to use; what it allows goes out as with a user token (the fake lets bots in exactly where
 * Chatwoot's BOT_ACCESSIBLE_ENDPOINTS does).
 */
import { runNode } from '../helpers/engine';
import { botCredential, byId, expectAllAccepted, expectedRequest, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const BASE = '/api/v1/accounts/1/conversations';

async function runAsBot(parameters: Record<string, unknown>) {
	return await runNode({ parameters: parameters as never, credential: botCredential(ctx.fake) });
}

describe('Agent Bot token: refused before any request', () => {
	test.each<[string, Record<string, unknown>, string]>([
		['Message > Get Many', { resource: 'message', operation: 'getAll', messageConversation: byId(1) }, 'User'],
		['Contact > Get Many', { resource: 'contact', operation: 'getAll' }, 'User'],
		['Contact > Create', { resource: 'contact', operation: 'create', contactInbox: byId(1) }, 'User'],
		['Contact > Create or Update', { resource: 'contact', operation: 'upsert', contactUpsertInbox: byId(1), contactMatchValue: 'jane@example.test' }, 'User'],
		['Conversation > Get Many', { resource: 'conversation', operation: 'getAll' }, 'User'],
		['Profile > Get', { resource: 'profile', operation: 'get' }, 'User'],
		['Platform: User > Get', { resource: 'platformUser', operation: 'get', userId: 1 }, 'Platform App'],
	])('%s', async (_name, parameters, kind) => {
		const { error, items } = await runAsBot(parameters);
		expect(items).toEqual([]);
		expect(error?.message).toBe(`Chatwoot does not let Agent Bot tokens do this: use a credential with Token Kind "${kind}"`);
		expect(error?.description).toMatch(/^The credential's token is an Agent Bot token\. Chatwoot lets those do only: Conversation > Add Labels \(Chatwoot 4\.14\.2\+\), .*, Message > Create\. Nothing was sent\.$/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Agent Bot token: what Chatwoot allows goes out', () => {
	test('Conversation > Toggle Status', async () => {
		const { error, items } = await runAsBot({ resource: 'conversation', operation: 'toggleStatus', conversation: byId(2), status: 'open' });
		expect(error).toBeUndefined();
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/2/toggle_status`, { status: 'open' })]);
		expect(items.map((item) => item.json)).toEqual([{ success: true, current_status: 'open', conversation_id: 2 }]);
	});

	test('Conversation > Add Labels: the labels read and the write (Chatwoot 4.14.2+)', async () => {
		const { error, items } = await runAsBot({ resource: 'conversation', operation: 'addLabels', conversation: byId(1), conversationLabelsToAdd: ['vip'] });
		expect(error).toBeUndefined();
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${BASE}/1/labels`),
			expectedRequest('POST', `${BASE}/1/labels`, { labels: ['billing', 'vip'] }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['billing', 'vip'] }]);
	});

	test('Message > Create', async () => {
		const { error } = await runAsBot({ resource: 'message', operation: 'create', messageConversation: byId(2), messageContent: 'Hello from the bot' });
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/2/messages`, { content: 'Hello from the bot' })]);
	});

	test('Client API operations send no token, so the bot credential is no obstacle', async () => {
		const { error } = await runAsBot({ resource: 'clientInbox', operation: 'get', inboxIdentifier: 'acme-api-inbox' });
		expect(error).toBeUndefined();
		expect(ctx.fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([['GET', '/public/api/v1/inboxes/acme-api-inbox', 200]]);
	});
});
