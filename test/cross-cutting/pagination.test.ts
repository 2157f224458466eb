/**
 * Return All and Limit against servers that page wrongly: a server (or a cache in front of it)
 * that ignores `page` or `before` must not make the node loop or repeat records, a list too
 * large for n8n's engine stops with a clear error, and a Limit that is not a number is an error.
 */
import { runNode } from '../helpers/engine';
import { expectedRequest, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

/* eslint-disable @typescript-eslint/no-require-imports */
const { addMessage } = require('../../dev/fake-chatwoot/seed');
const handlers = require('../../dev/fake-chatwoot/handlers').byOperation as Record<string, (ctx: any) => any>;
/* eslint-enable @typescript-eslint/no-require-imports */

const ctx = useFakeChatwoot();
const CONTACTS = '/api/v1/accounts/1/contacts';
const MESSAGES = '/api/v1/accounts/1/conversations/1/messages';

/** Runs with the fake's handler for `operationId` replaced; restores it afterwards. */
async function withHandler<T>(operationId: string, replace: (original: (c: any) => any) => (c: any) => any, work: () => Promise<T>) {
	const original = handlers[operationId];
	handlers[operationId] = replace(original);
	try {
		return await work();
	} finally {
		handlers[operationId] = original;
	}
}

const run = (parameters: Record<string, unknown>) => runNode({ parameters: parameters as never, credential: userCredential(ctx.fake) });

function seedContacts(count: number) {
	for (let i = 1; i <= count; i++) {
		ctx.fake.state.contacts.push({ id: 100 + i, account_id: 1, name: `Zed ${i}`, email: `zed${i}@example.test`, phone_number: null, identifier: null, blocked: false, avatar_url: '', additional_attributes: {}, custom_attributes: {}, labels: [], created_at: new Date(), last_activity_at: new Date() });
	}
}

describe('a server that ignores the page', () => {
	test('Contact > Get Many, Return All: stops at the first page that brings no new record', async () => {
		seedContacts(20);
		const { items, error } = await withHandler('contactList', (original) => (c) => original({ ...c, query: { ...c.query, page: undefined } }), () =>
			run({ resource: 'contact', operation: 'getAll', contactReturnAll: true }),
		);
		expect(items).toEqual([]);
		expect(error?.message).toBe('Chatwoot answered page 2 with records it had already sent, so the list would never end');
		expect(error?.description).toBe(
			'The server, or a cache or proxy in front of it, ignores the page parameter. The node stopped instead of repeating records. Check the caching of GET /api/v1/accounts/1/contacts, or turn off Return All and set a Limit of at most one page.',
		);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', CONTACTS, undefined, { page: '1' }),
			expectedRequest('GET', CONTACTS, undefined, { page: '2' }),
		]);
	});

	test('a page that repeats some records: only the new ones are kept', async () => {
		seedContacts(20);
		// page 2 starts one record early, as when a contact is created while the pages are read
		const { items, error } = await withHandler('contactList', (original) => (c) => {
			const answer = original(c);
			if (c.query.page === '2') answer.body.payload.unshift(original({ ...c, query: { ...c.query, page: '1' } }).body.payload[14]);
			return answer;
		}, () => run({ resource: 'contact', operation: 'getAll', contactReturnAll: true }));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(22);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(22);
	});

	test('Message > Get Many: a server that ignores `before` gives an error, not the same 20 messages twice', async () => {
		const conversation = ctx.fake.state.conversations.find((c) => c.display_id === 1)!;
		for (let i = 1; i <= 25; i++) addMessage(ctx.fake.state, conversation, { message_type: 'incoming', content: `m${i}` }, new Date());
		const { items, error } = await withHandler('list-all-messages', (original) => (c) => original({ ...c, query: { ...c.query, before: undefined } }), () =>
			run({ resource: 'message', operation: 'getAll', messageConversation: { __rl: true, mode: 'id', value: '1' }, messageReturnAll: true }),
		);
		// the oldest of the 20 newest messages
		const oldest = Math.min(...ctx.fake.state.messages.filter((m) => m.conversation_id === conversation.id).map((m) => m.id).sort((a, b) => b - a).slice(0, 20));
		expect(items).toEqual([]);
		expect(error?.message).toBe(`Chatwoot answered before=${oldest} with records it had already sent, so the list would never end`);
		expect(error?.description).toBe(
			`The server, or a cache or proxy in front of it, ignores the before parameter. The node stopped instead of repeating records. Check the caching of GET ${MESSAGES}, or turn off Return All and set a Limit of at most one page.`,
		);
		expect(ctx.fake.requests.map((r) => r.query)).toEqual([{}, { before: String(oldest) }]);
	});
});

describe('the most records one item can return', () => {
	test('Return All over 50,000 records stops with an error that suggests Limit or filters', async () => {
		// synthetic pages of 15 new contacts, as many as asked for
		const { items, error } = await withHandler('contactList', () => (c) => {
			const page = Number(c.query.page);
			return { status: 200, body: { meta: { count: 60_000, current_page: c.query.page }, payload: Array.from({ length: 15 }, (_, i) => ({ id: (page - 1) * 15 + i + 1, name: `C${i}` })) } };
		}, () => run({ resource: 'contact', operation: 'getAll', contactReturnAll: true }));
		expect(items).toEqual([]);
		expect(error?.message).toBe('Return All: more than 50,000 records, the most the node returns for one item');
		expect(error?.description).toMatch(/^n8n's engine cannot pass on much larger lists .*Set a Limit \(up to 50,000\), or narrow the list with filters/);
		// 50,000 / 15 = 3,333.3: page 3,334 goes over
		expect(ctx.fake.requests).toHaveLength(3334);
	}, 120_000);

	test('a Limit above 50,000 fails before any request', async () => {
		const { error } = await run({ resource: 'contact', operation: 'getAll', contactLimit: 50_001 });
		expect(error?.message).toBe('Limit: must be at most 50,000, got 50001');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Limit that is not a number', () => {
	test.each([
		['Contact > Get Many (paged)', { resource: 'contact', operation: 'getAll', contactLimit: '={{ "ten" }}' }],
		['Message > Get Many (cursor)', { resource: 'message', operation: 'getAll', messageConversation: { __rl: true, mode: 'id', value: '1' }, messageLimit: '={{ "ten" }}' }],
		['Label > Get Many (one answer)', { resource: 'label', operation: 'getAll', labelLimit: '={{ "ten" }}' }],
	])('%s: an error naming Limit, before any request', async (_name, parameters) => {
		const { items, error } = await run(parameters);
		expect(items).toEqual([]);
		expect(error?.message).toBe('Limit: must be a positive whole number, got "ten"');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
