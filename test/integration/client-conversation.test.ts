/** Client API: Conversation, through n8n-core's engine against the fake. */
import { expectedRequest, runner, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const INBOX = 'acme-api-inbox';
// Jane's session in the API inbox; her conversations there are 1 (open) and 3 (resolved).
const JANE = 'jane-api-source';
const BASE = `/public/api/v1/inboxes/${INBOX}/contacts/${JANE}/conversations`;

const run = runner(ctx, { resource: 'clientConversation', clientConversationInboxIdentifier: INBOX, clientConversationContactIdentifier: JANE });

describe('Client API: Conversation', () => {
	test('Get Many: one item per conversation', async () => {
		const { items } = await run({ operation: 'getAll', clientConversationReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', BASE)]);
		expect(items.map((i) => [i.json.id, i.json.status])).toEqual([
			[1, 'open'],
			[3, 'resolved'],
		]);
	});

	test('Get Many with Limit 1', async () => {
		const { items } = await run({ operation: 'getAll', clientConversationReturnAll: false, clientConversationLimit: 1 });
		expect(ctx.fake.requests).toHaveLength(1);
		expect(items.map((i) => i.json.id)).toEqual([1]);
	});

	test('Create with custom attributes', async () => {
		const { items } = await run({ operation: 'create', clientConversationAdditionalFields: { custom_attributes: '{"order_id": "A-1001"}' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', BASE, { custom_attributes: { order_id: 'A-1001' } })]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 4, status: 'open', inbox_id: 1 });
		expect(ctx.fake.state.conversations.find((c) => c.display_id === 4)?.custom_attributes).toEqual({ order_id: 'A-1001' });
	});

	test('Get one conversation by its number, with its visible messages', async () => {
		const { items } = await run({ operation: 'get', conversationId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${BASE}/1`)]);
		expect(items[0].json).toMatchObject({ id: 1, status: 'open' });
		// the private note of the demo data is not shown to the contact
		expect((items[0].json.messages as Array<{ content: string }>).map((m) => m.content)).toEqual([
			'I was charged twice',
			'Let me check that for you.',
		]);
	});

	test('Toggle Status resolves the conversation', async () => {
		const { items } = await run({ operation: 'toggleStatus', conversationId: '={{ 1 }}' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/1/toggle_status`)]);
		expect(items[0].json).toMatchObject({ id: 1, status: 'resolved' });
	});

	test('Toggle Typing sends the status in the query and the body, as the spec lists it', async () => {
		const { items } = await run({ operation: 'toggleTyping', conversationId: 1, clientConversationTypingStatus: 'off' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/toggle_typing`, { typing_status: 'off' }, { typing_status: 'off' }),
		]);
		// Chatwoot answers `head :ok`
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
	});

	test('Update Last Seen', async () => {
		const { items } = await run({ operation: 'updateLastSeen', conversationId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/1/update_last_seen`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.conversations.find((c) => c.display_id === 1)?.contact_last_seen_at).toBeInstanceOf(Date);
	});

	test('a conversation of someone else is a 404 naming the conversation', async () => {
		const error = await run.failure({ operation: 'get', clientConversationInboxIdentifier: INBOX, clientConversationContactIdentifier: JANE, conversationId: 2 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `/public/api/v1/inboxes/${INBOX}/contacts/${JANE}/conversations/2`, undefined, {}, 404)]);
		expect(error.httpCode).toBe('404');
		expect(error.description).toContain('Conversation ID 2');
	});

	describe('bad input fails before any request, naming the field', () => {
		test.each([
			['conversation ID not a number', { operation: 'get', conversationId: 'abc' }, /^Conversation ID: must be a positive whole number/],
			['conversation ID zero', { operation: 'toggleStatus', conversationId: 0 }, /^Conversation ID: must be a positive whole number/],
			['typing status not on/off', { operation: 'toggleTyping', conversationId: 1, clientConversationTypingStatus: '={{ "maybe" }}' }, /^Typing Status: must be one of off, on/],
			['contact identifier with a slash', { operation: 'getAll', clientConversationContactIdentifier: 'x/y' }, /^Contact Identifier: must be a contact identifier like /],
			['custom attributes not JSON', { operation: 'create', clientConversationAdditionalFields: { custom_attributes: '{oops' } }, /^Custom Attributes: is not valid JSON/],
		])('%s', async (_name, parameters, message) => {
			const error = await run.failure({ clientConversationInboxIdentifier: INBOX, clientConversationContactIdentifier: JANE, ...parameters });
			expect(error.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});
	});
});
