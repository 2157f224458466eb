/** Webhook: Create, Get Many, Update, Delete; the server's {payload: ...} wrapping undone. */
import { byId, expectAllAccepted, expectedRequest, locatorValue, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

// The fake's handlers by operationId, to answer in the spec's shape for one test.
const { byOperation } = require('../../dev/fake-chatwoot/handlers') as { byOperation: Record<string, (ctx: unknown) => unknown> };

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'webhook' });

const WEBHOOKS = '/api/v1/accounts/1/webhooks';

function seedWebhooks() {
	const t = new Date('2026-01-01T00:00:00Z');
	ctx.fake.state.webhooks.push(
		{ id: 1, account_id: 1, inbox_id: null, name: 'CRM sync', url: 'https://crm.acme.test/hooks/chatwoot', subscriptions: ['contact_created', 'contact_updated'], secret: 's1', created_at: t },
		{ id: 2, account_id: 1, inbox_id: null, name: null, url: 'https://n8n.acme.test/webhook/abc', subscriptions: ['message_created'], secret: 's2', created_at: t },
	);
}

describe('Webhook', () => {
	test('Create with events: one item, the webhook itself', async () => {
		const { items } = await run({
			operation: 'create',
			url: 'https://n8n.acme.test/webhook/new',
			subscriptions: ['message_created', 'conversation_typing_on'],
			webhookAdditionalFields: { name: 'Typing and messages' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', WEBHOOKS, { url: 'https://n8n.acme.test/webhook/new', subscriptions: ['message_created', 'conversation_typing_on'], name: 'Typing and messages' }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, url: 'https://n8n.acme.test/webhook/new', subscriptions: ['message_created', 'conversation_typing_on'] });
		expect(items[0].json).not.toHaveProperty('payload');
	});

	test('Create for one inbox: inbox_id, which the server permits beyond the spec', async () => {
		const { items } = await run({
			operation: 'create',
			url: 'https://n8n.acme.test/webhook/support',
			subscriptions: ['message_created'],
			webhookAdditionalFields: { inbox_id: byId(1) },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', WEBHOOKS, { url: 'https://n8n.acme.test/webhook/support', subscriptions: ['message_created'], inbox_id: 1 }),
		]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 1, inbox: { id: 1, name: 'Acme Support' } })]);
	});

	test('Update moves a webhook to another inbox', async () => {
		seedWebhooks();
		const { items } = await run({ operation: 'update', webhook: byId(2), webhookUpdateFields: { inbox_id: byId(2) } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${WEBHOOKS}/2`, { inbox_id: 2 })]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 2, inbox: { id: 2, name: 'Acme Website' } })]);
	});

	test("Create without events leaves Chatwoot's default subscriptions", async () => {
		const { items } = await run({ operation: 'create', url: 'https://n8n.acme.test/webhook/all', subscriptions: [] });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', WEBHOOKS, { url: 'https://n8n.acme.test/webhook/all' })]);
		expect(items).toHaveLength(1);
		expect(items[0].json.subscriptions).toHaveLength(8);
	});

	test('Get Many: one item per webhook from {payload: {webhooks}}, Limit exact', async () => {
		seedWebhooks();
		const all = await run({ operation: 'getAll', webhookReturnAll: true });
		expect(all.items.map((i) => i.json.id)).toEqual([1, 2]);
		expect(all.items[0].json).toMatchObject({ name: 'CRM sync', url: 'https://crm.acme.test/hooks/chatwoot' });
		const one = await run({ operation: 'getAll', webhookReturnAll: false, webhookLimit: 1 });
		expect(one.items.map((i) => i.json.id)).toEqual([1]);
		expect(ctx.fake.requests.map(summary)).toEqual(Array(2).fill(expectedRequest('GET', WEBHOOKS)));
	});

	test('Get Many also reads the bare array the spec documents', async () => {
		seedWebhooks();
		const current = byOperation['list-all-webhooks'];
		byOperation['list-all-webhooks'] = (request) => {
			const answer = current(request) as { body: { payload: { webhooks: unknown[] } } };
			return { status: 200, body: answer.body.payload.webhooks };
		};
		try {
			const { items } = await run({ operation: 'getAll', webhookReturnAll: true });
			expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', WEBHOOKS)]);
			expect(items.map((i) => i.json.url)).toEqual(['https://crm.acme.test/hooks/chatwoot', 'https://n8n.acme.test/webhook/abc']);
		} finally {
			byOperation['list-all-webhooks'] = current;
		}
	});

	test('Update sends only the fields added; the events replace the old ones', async () => {
		seedWebhooks();
		const { items } = await run({
			operation: 'update',
			webhook: locatorValue(2, 'list'),
			webhookUpdateFields: { subscriptions: ['conversation_created', 'conversation_status_changed'] },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `${WEBHOOKS}/2`, { subscriptions: ['conversation_created', 'conversation_status_changed'] }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, url: 'https://n8n.acme.test/webhook/abc', subscriptions: ['conversation_created', 'conversation_status_changed'] });
	});

	test('Delete', async () => {
		seedWebhooks();
		const { items } = await run({ operation: 'delete', webhook: byId('1') });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${WEBHOOKS}/1`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.webhooks.map((w) => w.id)).toEqual([2]);
	});

	test("Chatwoot's own error text: a URL already registered", async () => {
		seedWebhooks();
		const error = await run.failure({ operation: 'create', url: 'https://n8n.acme.test/webhook/abc', subscriptions: ['message_created'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', WEBHOOKS, { url: 'https://n8n.acme.test/webhook/abc', subscriptions: ['message_created'] }, {}, 422),
		]);
		expect(error.httpCode).toBe('422');
		expect(error.message).toBe('Chatwoot: Url has already been taken');
	});

	test.each<[string, Record<string, unknown>, RegExp]>([
		['a URL without scheme', { operation: 'create', url: 'n8n.acme.test/webhook' }, /^URL: must be an http\(s\) URL, got "n8n.acme.test\/webhook"/],
		['an ftp URL', { operation: 'update', webhook: byId('1'), webhookUpdateFields: { url: 'ftp://files.acme.test' } }, /^URL: must be an http\(s\) URL/],
		['a negative ID', { operation: 'delete', webhook: byId('={{ -1 }}') }, /^Webhook: must be a positive whole number/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const error = await run.failure(parameters);
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('the Webhook list shows the URLs', async () => {
		seedWebhooks();
		const { results } = await searchList('getWebhooks', userCredential(ctx.fake), { filter: 'n8n' });
		expectAllAccepted(ctx.fake);
		expect(results).toEqual([{ name: 'https://n8n.acme.test/webhook/abc', value: 2, url: undefined }]);
	});
});
