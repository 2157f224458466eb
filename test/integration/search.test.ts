/** Search: conversations, contacts, messages and articles by text (routes the spec leaves out), against the fake. */
import { runNode } from '../helpers/engine';
import { expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { newContact } = require('../../dev/fake-chatwoot/seed');

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'search' });

const SEARCH = '/api/v1/accounts/1/search';

const jane = {
	email: 'jane@example.test',
	id: 1,
	name: 'Jane Customer',
	phone_number: '+15550001111',
	identifier: 'cust-1001',
	additional_attributes: {},
	last_activity_at: expect.any(Number),
};

/** Message 3 of the seed: John asks in conversation 2 (website inbox). */
const canadaMessage = {
	id: 3,
	content: 'Do you ship to Canada?',
	inbox_id: 2,
	conversation_id: 2,
	message_type: 0,
	content_type: 'text',
	status: 'sent',
	content_attributes: {},
	created_at: expect.any(Number),
	private: false,
	source_id: null,
	sender: expect.objectContaining({ id: 2, name: 'John Doe', type: 'contact' }),
};

const shipsMessage = {
	...canadaMessage,
	id: 2,
	content: 'Sorry! It ships today.',
	inbox_id: 1,
	conversation_id: 3,
	message_type: 1,
	sender: expect.objectContaining({ id: 2, type: 'user' }),
};

const shippingArticle = {
	id: 1,
	title: 'Shipping times',
	locale: 'en',
	content: 'We ship worldwide within 5 days.',
	slug: 'shipping-times',
	portal_slug: 'acme-help',
	account_id: 1,
	category_name: null,
	status: 'published',
	updated_at: expect.any(Number),
};

function addArticle() {
	const now = new Date();
	ctx.fake.state.articles.push({
		id: 1,
		account_id: 1,
		portal_id: 1,
		title: 'Shipping times',
		content: 'We ship worldwide within 5 days.',
		description: null,
		slug: 'shipping-times',
		status: 'published',
		locale: 'en',
		category_id: null,
		created_at: now,
		updated_at: now,
	});
}

describe('Search', () => {
	test('Search Contacts: one item per contact', async () => {
		const { items } = await run({ operation: 'searchContacts', searchTerm: 'jane', searchReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${SEARCH}/contacts`, undefined, { q: 'jane', page: '1' })]);
		expect(items.map((i) => i.json)).toEqual([jane]);
	});

	test('Search Contacts pages by 15; Limit stops on the second page', async () => {
		for (let n = 1; n <= 20; n++) {
			ctx.fake.state.contacts.push(newContact(ctx.fake.state, { account_id: 1, name: `Buyer ${n}`, email: `buyer${n}@example.test` }, new Date()));
		}
		const { items } = await run({ operation: 'searchContacts', searchTerm: 'buyer', searchReturnAll: false, searchLimit: 17 });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${SEARCH}/contacts`, undefined, { q: 'buyer', page: '1' }),
			expectedRequest('GET', `${SEARCH}/contacts`, undefined, { q: 'buyer', page: '2' }),
		]);
		expect(items).toHaveLength(17);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(17);
	});

	test('Search Messages: newest first', async () => {
		const { items } = await run({ operation: 'searchMessages', searchTerm: 'ship', searchReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${SEARCH}/messages`, undefined, { q: 'ship', page: '1' })]);
		expect(items.map((i) => i.json)).toEqual([canadaMessage, shipsMessage]);
	});

	test("Search Conversations: by the contact's details, newest first", async () => {
		const { items } = await run({ operation: 'searchConversations', searchTerm: 'cust-1001', searchReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${SEARCH}/conversations`, undefined, { q: 'cust-1001', page: '1' })]);
		const inbox = { id: 1, channel_id: expect.any(Number), name: 'Acme Support', channel_type: 'Channel::Api' };
		expect(items.map((i) => i.json)).toEqual([
			{
				id: 1,
				account_id: 1,
				created_at: expect.any(Number),
				message: expect.objectContaining({ content: 'I was charged twice', conversation_id: 1 }),
				contact: jane,
				inbox,
				agent: { id: 1, available_name: expect.any(String), email: 'alice@acme.test', name: expect.any(String), role: 'administrator' },
				additional_attributes: {},
			},
			expect.objectContaining({ id: 3, contact: jane, agent: expect.objectContaining({ id: 2, role: 'agent' }) }),
		]);
	});

	test('Search Articles', async () => {
		addArticle();
		const { items } = await run({ operation: 'searchArticles', searchTerm: 'worldwide', searchReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${SEARCH}/articles`, undefined, { q: 'worldwide', page: '1' })]);
		expect(items.map((i) => i.json)).toEqual([shippingArticle]);
	});

	test('Search Everything: one request, one item per record with its result_type; Limit cuts across kinds', async () => {
		addArticle();
		const all = await run({ operation: 'searchAll', searchTerm: 'ship', searchReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', SEARCH, undefined, { q: 'ship' })]);
		expect(all.items.map((i) => i.json)).toEqual([
			{ result_type: 'message', ...canadaMessage },
			{ result_type: 'message', ...shipsMessage },
			{ result_type: 'article', ...shippingArticle },
		]);

		const limited = await run({ operation: 'searchAll', searchTerm: 'ship', searchReturnAll: false, searchLimit: 1 });
		expect(limited.items.map((i) => [i.json.result_type, i.json.id])).toEqual([['message', 3]]);
	});

	test('Search Conversations by Message: whole conversations of any status', async () => {
		const { items } = await run({ operation: 'searchConversationsByMessage', searchTerm: 'never arrived', searchReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/conversations/search', undefined, { q: 'never arrived', page: '1' }),
		]);
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: 3, status: 'resolved', inbox_id: 1, meta: expect.objectContaining({ sender: expect.objectContaining({ id: 1 }) }) }),
		]);
	});

	test('a blank Search Term fails before any request, naming the field', async () => {
		const { error, items } = await runNode({
			parameters: { resource: 'search', operation: 'searchMessages', searchTerm: '  ', searchReturnAll: true },
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(error?.message).toMatch(/^Search Term: is required and cannot be empty/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
