/** Message: the messages of a conversation, through n8n-core's engine against the fake. */
import type { INodeExecutionData } from 'n8n-workflow';
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addMessage } = require('../../dev/fake-chatwoot/seed');

const ctx = useFakeChatwoot();

// Conversation 1 (display id) of the demo data: messages 4, 5 and 6.
const conversation = byId(1);

const run = runner(ctx, { resource: 'message' });

const MESSAGES = '/api/v1/accounts/1/conversations/1/messages';

describe('Message > Create', () => {
	test('a plain message sends the content and nothing else', async () => {
		const { items } = await run({ operation: 'create', messageConversation: conversation, messageContent: 'Your refund is on its way.' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', MESSAGES, { content: 'Your refund is on its way.' })]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ content: 'Your refund is on its way.', message_type: 1, content_type: 'text', private: false });
	});

	test('a private note from a conversation URL', async () => {
		const url = { __rl: true, mode: 'url', value: `${ctx.fake.url}/app/accounts/1/conversations/1` };
		const { items } = await run({ operation: 'create', messageConversation: url, messageContent: 'Customer called', messageAdditionalFields: { private: true, message_type: 'outgoing' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', MESSAGES, { content: 'Customer called', private: true, message_type: 'outgoing' })]);
		expect(items[0].json).toMatchObject({ private: true });
	});

	test('email recipients, the source ID and the original time of a bridged or imported message (keys the server permits beyond the spec)', async () => {
		const { items } = await run({
			operation: 'create',
			messageConversation: conversation,
			messageContent: 'Imported reply',
			messageAdditionalFields: {
				to_emails: 'jane@example.test',
				cc_emails: 'billing@acme.test, boss@acme.test',
				bcc_emails: ['audit@acme.test'],
				source_id: 'crm-msg-4711',
				external_created_at: '2026-01-02T03:04:05Z',
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', MESSAGES, {
				content: 'Imported reply',
				to_emails: 'jane@example.test',
				cc_emails: 'billing@acme.test,boss@acme.test',
				bcc_emails: 'audit@acme.test',
				source_id: 'crm-msg-4711',
				external_created_at: 1767323045,
			}),
		]);
		expect(items[0].json).toMatchObject({
			content: 'Imported reply',
			source_id: 'crm-msg-4711',
			content_attributes: { to_emails: ['jane@example.test'], cc_emails: ['billing@acme.test', 'boss@acme.test'], bcc_emails: ['audit@acme.test'], external_created_at: 1767323045 },
		});
	});

	test('a CC address that is no email address fails before any request', async () => {
		const error = await run.failure({ operation: 'create', messageConversation: conversation, messageContent: 'x', messageAdditionalFields: { cc_emails: 'billing@acme.test, boss' } });
		expect(error.message).toMatch(/^CC: must be an email address/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('an input select with its items', async () => {
		const contentAttributes = '{"items": [{"title": "Yes", "value": "yes"}, {"title": "No", "value": "no"}]}';
		const { items } = await run({
			operation: 'create',
			messageConversation: conversation,
			messageContent: 'Did that help?',
			messageAdditionalFields: { content_type: 'input_select', content_attributes: contentAttributes, campaign_id: 3 },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/conversations/1/messages', {
			content: 'Did that help?',
			content_type: 'input_select',
			content_attributes: { items: [{ title: 'Yes', value: 'yes' }, { title: 'No', value: 'no' }] },
			campaign_id: 3,
		})]);
		expect(items[0].json).toMatchObject({ content_type: 'input_select' });
	});

	test('a WhatsApp template becomes template_params', async () => {
		await run({
			operation: 'create',
			messageConversation: conversation,
			messageContent: 'Your order 121 is confirmed',
			messageAdditionalFields: {
				template_params: {
					template: {
						name: 'order_confirmation',
						category: 'UTILITY',
						language: 'en_US',
						bodyParameters: { parameter: [{ key: '1', value: '121' }] },
						headerMediaUrl: 'https://cdn.acme.test/receipt.pdf',
						headerMediaType: 'document',
						buttons: { button: [{ type: 'copy_code', parameter: 'SAVE20' }] },
					},
				},
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/conversations/1/messages', {
			content: 'Your order 121 is confirmed',
			template_params: {
				name: 'order_confirmation',
				category: 'UTILITY',
				language: 'en_US',
				processed_params: {
					body: { '1': '121' },
					header: { media_url: 'https://cdn.acme.test/receipt.pdf', media_type: 'document' },
					buttons: [{ type: 'copy_code', parameter: 'SAVE20' }],
				},
			},
		})]);
	});

	test.each([
		['no content and no attachments', { messageContent: '={{ "" }}' }, /^Content: is required and cannot be empty \(unless the message has Attachments\)/],
		['cards without items', { messageContent: 'Pick one', messageAdditionalFields: { content_type: 'cards' } }, /^Content Attributes: must have an "items" list for Content Type cards/],
		['content attributes that are not JSON', { messageContent: 'Hi', messageAdditionalFields: { content_attributes: '{items: 1}' } }, /^Content Attributes: is not valid JSON/],
		['a template without a name', { messageContent: 'Hi', messageAdditionalFields: { template_params: { template: { category: 'UTILITY', language: 'en' } } } }, /^WhatsApp Template > Name: is required/],
		['a conversation ID that is not a number', { messageContent: 'Hi', messageConversation: byId('={{ "abc" }}') }, /^Conversation: must be a positive whole number, got "abc"/],
	])('bad input fails before any request: %s', async (_name, parameters, message) => {
		const error = await run.failure({ operation: 'create', messageConversation: conversation, ...parameters });
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Message > Create with attachments', () => {
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x2d, 0x2d, 0x0d, 0x0a]);
	const pdf = Buffer.from('%PDF-1.4\r\n--not a boundary--\r\n%%EOF');
	const withFiles = (): INodeExecutionData[] => [
		{
			json: {},
			binary: {
				data: { data: png.toString('base64'), mimeType: 'image/png', fileName: 'logo.png' },
				invoice: { data: pdf.toString('base64'), mimeType: 'application/pdf', fileName: 'invoice "March".pdf' },
			},
		},
	];

	test('one file: multipart with the fields set and the exact bytes', async () => {
		const { items } = await run(
			{ operation: 'create', messageConversation: conversation, messageContent: 'Our logo', messageAdditionalFields: { attachments: 'data', private: true } },
			withFiles(),
		);
		const [received] = ctx.fake.requests;
		expect(received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(received.body).toEqual({
			fields: { content: 'Our logo', private: 'true' },
			files: [{ field: 'attachments[]', filename: 'logo.png', mimeType: 'image/png', data: png }],
		});
		expect(received.status).toBe(200);
		expect(ctx.fake.state.attachments.map((a) => a.data)).toEqual([png]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ content: 'Our logo', private: true, attachments: [expect.objectContaining({ file_type: 'image' })] });
	});

	test('two files in one message, content attributes as JSON text, no content', async () => {
		await run(
			{
				operation: 'create',
				messageConversation: conversation,
				messageContent: '',
				messageAdditionalFields: { attachments: 'data, invoice', message_type: 'incoming', content_attributes: '{"in_reply_to": 4}' },
			},
			withFiles(),
		);
		const [received] = ctx.fake.requests;
		expect(received.body).toEqual({
			fields: { message_type: 'incoming', content_attributes: '{"in_reply_to":4}' },
			files: [
				{ field: 'attachments[]', filename: 'logo.png', mimeType: 'image/png', data: png },
				{ field: 'attachments[]', filename: 'invoice %22March%22.pdf', mimeType: 'application/pdf', data: pdf },
			],
		});
		expect(ctx.fake.state.attachments.map((a) => a.data)).toEqual([png, pdf]);
	});

	test('a binary property the item lacks is an error naming it, before any request', async () => {
		const error = await run.failure({ operation: 'create', messageConversation: conversation, messageContent: 'Files', messageAdditionalFields: { attachments: 'data, receipt' } }, withFiles());
		expect(error.message).toBe('Attachments: the input item has no binary property "receipt"');
		expect(error.description).toBe('Binary properties of this item: data, invoice.');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Message > Get Many', () => {
	/** Conversation 1 then holds 98 messages: ids 4-6 and 95 more. */
	function seedMessages() {
		const c = ctx.fake.state.conversations.find((x) => x.display_id === 1)!;
		for (let i = 1; i <= 95; i++) {
			addMessage(ctx.fake.state, c, { message_type: i % 2 ? 'incoming' : 'outgoing', content: `message ${i}` }, new Date());
		}
		return ctx.fake.state.messages.filter((m) => m.conversation_id === c.id).map((m) => m.id as number);
	}

	test('a short conversation: one item per message, oldest first; the second call finds nothing older', async () => {
		const { items } = await run({ operation: 'getAll', messageConversation: conversation, messageReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', MESSAGES), expectedRequest('GET', MESSAGES, undefined, { before: '4' })]);
		expect(items.map((i) => i.json.content)).toEqual(['I was charged twice', 'Let me check that for you.', 'Checked the invoices']);
	});

	test('Limit cuts mid-page after 5 pages walked back with the before cursor: the most recent messages', async () => {
		const ids = seedMessages();
		const { items } = await run({ operation: 'getAll', messageConversation: conversation, messageReturnAll: false, messageLimit: 90 });
		const newest = ids.slice(-20)[0];
		expect(ctx.fake.requests.map((r) => r.query)).toEqual([
			{},
			{ before: String(newest) },
			{ before: String(newest - 20) },
			{ before: String(newest - 40) },
			{ before: String(newest - 60) },
		]);
		expect(items.map((i) => i.json.id)).toEqual(ids.slice(-90));
	});

	test('Return All walks back to the first message', async () => {
		const ids = seedMessages();
		const { items } = await run({ operation: 'getAll', messageConversation: conversation, messageReturnAll: true });
		expect(ids).toHaveLength(98);
		expect(items.map((i) => i.json.id)).toEqual(ids);
		// pages of 20, 20, 20, 20 and 18; each next call asks for what is before the oldest seen,
		// the last one finds nothing
		expect(ctx.fake.requests.map((r) => r.query.before ?? 'first')).toEqual(['first', ...[78, 58, 38, 18, 0].map((i) => String(ids[i]))]);
	});
});

describe('Message > Delete', () => {
	test('Chatwoot keeps the message, marked deleted', async () => {
		const { items } = await run({ operation: 'delete', messageConversation: conversation, message: byId(5) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${MESSAGES}/5`)]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 5, content: 'This message was deleted', content_attributes: { deleted: true } });
	});

	test('404 names the message', async () => {
		const error = await run.failure({ operation: 'delete', messageConversation: conversation, message: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/conversations/1/messages/1', undefined, {}, 404)]);
		expect(error.httpCode).toBe('404');
		expect(error.description).toContain('Message 1');
	});
});

test('listSearch getMessages: the latest messages of the chosen conversation, newest first', async () => {
	const found = await searchList('getMessages', userCredential(ctx.fake), { parameters: { messageConversation: conversation } });
	expect(found.results).toEqual([
		{ name: '#6: Checked the invoices', value: 6, url: undefined },
		{ name: '#5: Let me check that for you.', value: 5, url: undefined },
		{ name: '#4: I was charged twice', value: 4, url: undefined },
	]);
	const filtered = await searchList('getMessages', userCredential(ctx.fake), { parameters: { messageConversation: conversation }, filter: 'charged' });
	expect(filtered.results.map((r) => r.value)).toEqual([4]);
	const none = await searchList('getMessages', userCredential(ctx.fake), { parameters: { messageConversation: byId('') } });
	expect(none.results).toEqual([]);
});

describe('Message > Update Status (API inboxes)', () => {
	const message = (id: number) => ctx.fake.state.messages.find((m) => m.id === id)!;

	test('Failed, with the channel\'s error', async () => {
		const { items } = await run({
			operation: 'updateStatus',
			messageConversation: conversation,
			message: byId(5),
			messageStatus: 'failed',
			messageStatusAdditionalFields: { external_error: 'Recipient blocked the number' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ ...expectedRequest('PATCH', `${MESSAGES}/5`, { status: 'failed', external_error: 'Recipient blocked the number' }), status: 204 },
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect([message(5).status, message(5).content_attributes]).toEqual(['failed', { external_error: 'Recipient blocked the number' }]);
	});

	test('a message of another channel: Chatwoot\'s 403, with its words', async () => {
		const { error } = await runNode({
			parameters: { resource: 'message', operation: 'updateStatus', messageConversation: byId(2), message: byId(3), messageStatus: 'read' },
			credential: userCredential(ctx.fake),
		});
		expect(ctx.fake.requests.map((r) => [r.path, r.status])).toEqual([['/api/v1/accounts/1/conversations/2/messages/3', 403]]);
		expect(error?.message).toBe('Chatwoot: Message status update is only allowed for API inboxes');
	});

	test('a status Chatwoot does not know is refused before any request', async () => {
		const { error } = await runNode({
			parameters: { resource: 'message', operation: 'updateStatus', messageConversation: conversation, message: byId(5), messageStatus: '={{ "seen" }}' },
			credential: userCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Status: must be one of sent, delivered, read, failed, got "seen"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('Retry sends a failed message again and outputs it', async () => {
		Object.assign(message(5), { status: 'failed', content_attributes: { external_error: 'timeout' } });
		const { items } = await run({ operation: 'retry', messageConversation: conversation, message: byId(5) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${MESSAGES}/5/retry`)]);
		expect(items.map((i) => [i.json.id, i.json.status, i.json.content_attributes])).toEqual([[5, 'sent', {}]]);
	});
});

describe('Message > Translate', () => {
	test('sends the target language and outputs the translation', async () => {
		const { items } = await run({ operation: 'translate', messageConversation: conversation, message: byId(4), messageTargetLanguage: ' pt-BR ' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${MESSAGES}/4/translate`, { target_language: 'pt-BR' })]);
		expect(items.map((i) => i.json)).toEqual([{ content: '[pt-BR] I was charged twice' }]);
	});

	test('a language that is no language code is refused before any request', async () => {
		const { error } = await runNode({
			parameters: { resource: 'message', operation: 'translate', messageConversation: conversation, message: byId(4), messageTargetLanguage: 'Portuguese (Brazil)' },
			credential: userCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Target Language: must be a language code like es or pt-BR, got "Portuguese \(Brazil\)"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
