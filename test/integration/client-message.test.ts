/** Client API: Message, through n8n-core's engine against the fake. */
import { expectedRequest, runner, summary, useFakeChatwoot } from '../helpers/fake';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addMessage } = require('../../dev/fake-chatwoot/seed');

const ctx = useFakeChatwoot();

const INBOX = 'acme-api-inbox';
const JANE = 'jane-api-source';
// Conversation 1 of the demo data: an incoming message, an agent reply and a private note.
const MESSAGES = `/public/api/v1/inboxes/${INBOX}/contacts/${JANE}/conversations/1/messages`;

const run = runner(ctx, {
	resource: 'clientMessage',
	clientMessageInboxIdentifier: INBOX,
	clientMessageContactIdentifier: JANE,
	clientMessageConversationId: 1,
});

describe('Client API: Message', () => {
	test('Create sends the content as the contact', async () => {
		const { items } = await run({ operation: 'create', clientMessageContent: 'Any news on my refund?', clientMessageAdditionalFields: { echo_id: 'tmp-1' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', MESSAGES, { content: 'Any news on my refund?', echo_id: 'tmp-1' })]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ content: 'Any news on my refund?', message_type: 0, conversation_id: 1 });
	});

	test('Get Many: the messages the contact sees, oldest first, one item each', async () => {
		const { items } = await run({ operation: 'getAll', clientMessageReturnAll: true });
		// a short first page (under 20) is the whole conversation: no second request
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', MESSAGES)]);
		expect(items.map((i) => i.json.content)).toEqual(['I was charged twice', 'Let me check that for you.']);
	});

	test('Get Many with Limit keeps the most recent', async () => {
		const { items } = await run({ operation: 'getAll', clientMessageReturnAll: false, clientMessageLimit: 1 });
		expect(items.map((i) => i.json.content)).toEqual(['Let me check that for you.']);
	});

	// The spec lists no query parameter here, but the controller hands params[:before] to
	// MessageFinder (the fake's allow-list entry 10).
	test('Get Many walks back with `before` across pages of 20 and cuts at Limit', async () => {
		const conversation = ctx.fake.state.conversations.find((c) => c.display_id === 1)!;
		for (let n = 1; n <= 95; n++) {
			addMessage(ctx.fake.state, conversation, { message_type: 'incoming', content: `m${n}`, sender_type: 'Contact', sender_id: 1 }, new Date());
		}
		const { items } = await run({ operation: 'getAll', clientMessageReturnAll: false, clientMessageLimit: 90 });
		expect(ctx.fake.requests.map((r) => r.query)).toEqual([{}, { before: expect.any(String) }, { before: expect.any(String) }, { before: expect.any(String) }, { before: expect.any(String) }]);
		expect(items).toHaveLength(90);
		expect(items[89].json.content).toBe('m95');
		expect(items[0].json.content).toBe('m6');

		ctx.fake.reset();
		const conversationAgain = ctx.fake.state.conversations.find((c) => c.display_id === 1)!;
		for (let n = 1; n <= 95; n++) {
			addMessage(ctx.fake.state, conversationAgain, { message_type: 'incoming', content: `m${n}`, sender_type: 'Contact', sender_id: 1 }, new Date());
		}
		const all = await run({ operation: 'getAll', clientMessageReturnAll: true });
		expect(all.items).toHaveLength(97);
		expect(all.items[0].json.content).toBe('I was charged twice');
	});

	test('Update submits the answer to a CSAT survey message', async () => {
		const conversation = ctx.fake.state.conversations.find((c) => c.display_id === 1)!;
		const survey = addMessage(ctx.fake.state, conversation, { message_type: 'template', content_type: 'input_csat', content: 'Rate us', sender_type: 'User', sender_id: 1 }, new Date());
		const { items } = await run({
			operation: 'update',
			messageId: survey.id,
			submittedValues: { rating: 4, feedback_message: 'Quick answer, thanks' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `${MESSAGES}/${survey.id}`, {
				submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Quick answer, thanks' } },
			}),
		]);
		expect(items[0].json).toMatchObject({ id: survey.id, content_attributes: { submitted_values: { csat_survey_response: { rating: 4 } } } });
	});

	test('Update submits the choice of an input select', async () => {
		const conversation = ctx.fake.state.conversations.find((c) => c.display_id === 1)!;
		const select = addMessage(ctx.fake.state, conversation, { message_type: 'outgoing', content_type: 'input_select', content: 'Pick one', sender_type: 'User', sender_id: 1 }, new Date());
		await run({ operation: 'update', messageId: select.id, submittedValues: { title: 'Refund', value: 'refund' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `/public/api/v1/inboxes/${INBOX}/contacts/${JANE}/conversations/1/messages/${select.id}`, { submitted_values: { title: 'Refund', value: 'refund' } })]);
	});

	describe('bad input fails before any request, naming the field', () => {
		test.each([
			['empty content from an expression', { operation: 'create', clientMessageContent: '={{ "  " }}' }, /^Content: is required and cannot be empty/],
			['message ID not a number', { operation: 'update', messageId: 'x', submittedValues: { value: 'a' } }, /^Message ID: must be a positive whole number/],
			['rating out of range', { operation: 'update', messageId: 1, submittedValues: { rating: 9 } }, /^CSAT Rating: must be 1 to 5, got 9/],
			['nothing to submit', { operation: 'update', messageId: 1, submittedValues: {} }, /^Submitted Values: add at least one value/],
			['inbox identifier with a slash', { operation: 'getAll', clientMessageInboxIdentifier: 'a/b' }, /^Inbox Identifier: must be an inbox identifier like /],
		])('%s', async (_name, parameters, message) => {
			const error = await run.failure({ clientMessageInboxIdentifier: INBOX, clientMessageContactIdentifier: JANE, clientMessageConversationId: 1, ...parameters });
			expect(error.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});
	});
});
