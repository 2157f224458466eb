/** Contact: every operation through n8n-core's engine against the fake Chatwoot. */
import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { chatWootNode, runNode } from '../helpers/engine';
import { byId, byUrl, expectedRequest, jsonItems, runner, shownNow, summary, useFakeChatwoot, userCredential } from '../helpers/fake';
import { loadOptionsContext, searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'contact' });

/** Resolved contacts (with an email) added to account 1, named so that they sort after the seed. */
function seedContacts(count: number) {
	const now = new Date();
	for (let i = 1; i <= count; i++) {
		ctx.fake.state.contacts.push({
			id: 100 + i,
			account_id: 1,
			name: `Zed ${String(i).padStart(3, '0')}`,
			email: `zed${i}@example.test`,
			phone_number: null,
			identifier: null,
			blocked: false,
			avatar_url: '',
			additional_attributes: {},
			custom_attributes: {},
			labels: [],
			last_activity_at: null,
			created_at: now,
			updated_at: now,
		});
	}
}

describe('Contact: records', () => {
	test('Create: the inbox and only the fields added, attributes parsed from JSON text', async () => {
		const { items } = await run({
			operation: 'create',
			contactInbox: byId(1),
			contactAdditionalFields: {
				name: 'Mia Buyer',
				email: ' mia@example.test ',
				phone_number: '+15550002222',
				identifier: '',
				custom_attributes: '{"plan": "free"}',
				blocked: false,
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/contacts', {
				inbox_id: 1,
				name: 'Mia Buyer',
				email: 'mia@example.test',
				phone_number: '+15550002222',
				custom_attributes: { plan: 'free' },
				blocked: false,
			}),
		]);
		// the item is the contact itself, with its new contact inbox
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: 4,
			name: 'Mia Buyer',
			email: 'mia@example.test',
			custom_attributes: { plan: 'free' },
			contact_inboxes: [{ inbox: { id: 1 } }],
		});
	});

	test('Get, by a dashboard URL: the item is the contact', async () => {
		const { items } = await run({ operation: 'get', contact: byUrl(`${ctx.fake.url}/app/accounts/1/contacts/1`) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/contacts/1')]);
		expect(items.map((item) => item.json)).toEqual([
			expect.objectContaining({ id: 1, name: 'Jane Customer', email: 'jane@example.test', custom_attributes: { plan: 'pro' } }),
		]);
	});

	test('Update: only the email, on the Account picked in the node', async () => {
		const { items } = await run({
			operation: 'update',
			account: byId(1),
			contact: byId(2),
			contactUpdateFields: { email: 'john.doe@example.test', name: '' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PUT', '/api/v1/accounts/1/contacts/2', { email: 'john.doe@example.test' }),
		]);
		expect(items[0].json).toMatchObject({ id: 2, name: 'John Doe', email: 'john.doe@example.test' });
	});

	test('Delete', async () => {
		const { items } = await run({ operation: 'delete', contact: { __rl: true, mode: 'list', value: 2 } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/contacts/2')]);
		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.contacts.map((c) => c.id)).not.toContain(2);
	});

	test('Merge: base and mergee contacts; the base contact comes back', async () => {
		const { items } = await run({ operation: 'merge', baseContact: byId(1), mergeeContact: byId(2) });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/actions/contact_merge', { base_contact_id: 1, mergee_contact_id: 2 }),
		]);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Jane Customer' });
		expect(ctx.fake.state.contacts.map((c) => c.id)).toEqual([1, 3]);
	});

	test('Create Contact Inbox: inbox and source ID', async () => {
		const { items } = await run({
			operation: 'createContactInbox',
			contact: byId(2),
			contactNewInbox: byId(1),
			contactInboxAdditionalFields: { source_id: 'john-api-source' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/contacts/2/contact_inboxes', { inbox_id: 1, source_id: 'john-api-source' }),
		]);
		expect(items[0].json).toMatchObject({ source_id: 'john-api-source', inbox: { id: 1, name: 'Acme Support' } });
	});
});

describe('Contact: lists', () => {
	// Get Many, Search and Filter page alike: 15 contacts a page, `page` counted from 1.
	const zedFilter = { condition: [{ attribute_key: 'email', filter_operator: 'contains', values: 'zed' }] };
	test.each<[string, Record<string, unknown>, string, number, Record<string, unknown>]>([
		['Get Many', { operation: 'getAll', contactOptions: { sort: 'name' } }, 'GET /api/v1/accounts/1/contacts', 82, { sort: 'name' }],
		['Search', { operation: 'search', query: 'zed', contactOptions: { sort: 'name' } }, 'GET /api/v1/accounts/1/contacts/search', 80, { q: 'zed', sort: 'name' }],
		['Filter', { operation: 'filter', contactConditions: zedFilter }, 'POST /api/v1/accounts/1/contacts/filter', 80, {}],
	])('%s: 5 pages of 15 for a Limit of 67 (the last page cut), Return All until a short page', async (_name, parameters, route, total, query) => {
		seedContacts(80);
		const limited = await run({ ...parameters, contactLimit: 67 });
		expect(ctx.fake.requests.map((r) => [`${r.method} ${r.path}`, r.query])).toEqual(
			[1, 2, 3, 4, 5].map((page) => [route, { ...query, page: String(page) }]),
		);
		expect(limited.items).toHaveLength(67);
		expect(new Set(limited.items.map((item) => item.json.id)).size).toBe(67);

		ctx.fake.requests.length = 0;
		const all = await run({ ...parameters, contactReturnAll: true });
		// 15 a page: 82 contacts take 6 pages (the last with 7), 80 take 6 (the last with 5)
		expect(ctx.fake.requests.map((r) => r.query.page)).toEqual(['1', '2', '3', '4', '5', '6']);
		expect(all.items).toHaveLength(total);
		expect(new Set(all.items.map((item) => item.json.id)).size).toBe(total);
		expect(all.items.map((item) => item.json.name)).not.toContain('Anonymous visitor');
	});

	test('Get Many sorted by name: Jane first, the seeded Zeds in order', async () => {
		seedContacts(20);
		const { items } = await run({ operation: 'getAll', contactLimit: 3, contactOptions: { sort: 'name' } });
		expect(items.map((item) => item.json.name)).toEqual(['Jane Customer', 'John Doe', 'Zed 001']);
	});

	test('Search: the term as q, pages until a short one', async () => {
		seedContacts(20);
		const { items } = await run({ operation: 'search', query: 'zed', contactReturnAll: true, contactOptions: { sort: '-name' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/contacts/search', undefined, { q: 'zed', sort: '-name', page: '1' }),
			expectedRequest('GET', '/api/v1/accounts/1/contacts/search', undefined, { q: 'zed', sort: '-name', page: '2' }),
		]);
		expect(items).toHaveLength(20);
		expect(items[0].json).toMatchObject({ name: 'Zed 020' });
	});

	test('Filter: conditions as the payload; the last one without a query operator', async () => {
		const { items } = await run({
			operation: 'filter',
			contactReturnAll: true,
			contactConditions: {
				condition: [
					{ attribute_key: 'email', filter_operator: 'contains', values: 'jane@, nobody@', query_operator: 'OR' },
					{ attribute_key: 'name', filter_operator: 'equal_to', values: 'John Doe', query_operator: 'AND' },
				],
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest(
				'POST',
				'/api/v1/accounts/1/contacts/filter',
				{
					payload: [
						{ attribute_key: 'email', filter_operator: 'contains', values: ['jane@', 'nobody@'], query_operator: 'OR' },
						{ attribute_key: 'name', filter_operator: 'equal_to', values: ['John Doe'] },
					],
				},
				{ page: '1' },
			),
		]);
		expect(items.map((item) => item.json.name)).toEqual(['Jane Customer', 'John Doe']);
	});

	test('Get Conversations: one item per conversation, cut to Limit', async () => {
		const { items } = await run({ operation: 'getConversations', contact: byId(1), contactLimit: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/contacts/1/conversations')]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, meta: { sender: { id: 1 } } });
	});

	test('Get Contactable Inboxes: one item per inbox', async () => {
		const { items } = await run({ operation: 'getContactableInboxes', contact: byId(1), contactReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/contacts/1/contactable_inboxes')]);
		expect(items.map((item) => [item.json.source_id, (item.json.inbox as { id: number }).id])).toEqual([
			['jane-api-source', 1],
			[expect.any(String), 2],
		]);
	});
});

describe('Contact: labels and custom attributes', () => {
	const contact = () => ctx.fake.state.contacts.find((c) => c.id === 1)!;

	test('List Labels: one item with the labels', async () => {
		const { items } = await run({ operation: 'listLabels', contact: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/contacts/1/labels')]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['vip'] }]);
	});

	test('Set Labels replaces the list (titles in lower case, no duplicates)', async () => {
		const { items } = await run({ operation: 'setLabels', contact: byId(1), contactLabels: ['billing', 'VIP', 'vip'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/contacts/1/labels', { labels: ['billing', 'vip'] }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['billing', 'vip'] }]);
	});

	test('Set Labels with nothing removes every label', async () => {
		await run({ operation: 'setLabels', contact: byId(1), contactLabels: [] });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/contacts/1/labels', { labels: [] })]);
		expect(contact().labels).toEqual([]);
	});

	test('Add Labels reads the current labels and writes the union', async () => {
		const { items } = await run({ operation: 'addLabels', contact: byId(1), contactLabelsToAdd: '={{ "bug, vip" }}' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/contacts/1/labels'),
			expectedRequest('POST', '/api/v1/accounts/1/contacts/1/labels', { labels: ['vip', 'bug'] }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['vip', 'bug'] }]);
	});

	test('Remove Labels reads the current labels and writes the difference', async () => {
		contact().labels = ['vip', 'billing', 'bug'];
		const { items } = await run({ operation: 'removeLabels', contact: byId(1), contactLabelsToRemove: ['vip', 'bug'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/contacts/1/labels'),
			expectedRequest('POST', '/api/v1/accounts/1/contacts/1/labels', { labels: ['billing'] }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['billing'] }]);
	});

	test('Set Custom Attributes sends only the given keys; Chatwoot merges them, the others keep their values', async () => {
		contact().custom_attributes = { plan: 'pro', region: 'eu' };
		const { items } = await run({ operation: 'setCustomAttributes', contact: byId(1), contactCustomAttributes: '{"plan": "enterprise", "seats": 5}' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PUT', '/api/v1/accounts/1/contacts/1', { custom_attributes: { plan: 'enterprise', seats: 5 } }),
		]);
		expect(items[0].json).toMatchObject({ id: 1, custom_attributes: { plan: 'enterprise', region: 'eu', seats: 5 } });
	});

	test('Delete Custom Attributes removes the named keys only', async () => {
		contact().custom_attributes = { plan: 'pro', region: 'eu', seats: 5 };
		const { items } = await run({ operation: 'deleteCustomAttributes', contact: byId(1), contactAttributeKeys: 'plan, seats' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/contacts/1/destroy_custom_attributes', { custom_attributes: ['plan', 'seats'] }),
		]);
		expect(items[0].json).toMatchObject({ id: 1, custom_attributes: { region: 'eu' } });
		expect(contact().custom_attributes).toEqual({ region: 'eu' });
	});
});

describe('Contact: bad input fails before any request, naming the field', () => {
	test.each<[string, Record<string, unknown>, RegExp]>([
		// n8n's editor refuses such values typed by hand; they arrive through expressions
		['contact ID not a number', { operation: 'get', contact: byId('={{ $json.id }}') }, /^Contact: must be a positive whole number, got "abc"/],
		['no inbox on Create', { operation: 'create', contactInbox: byId('={{ $json.none }}'), contactAdditionalFields: { name: 'A' } }, /^Inbox: is required/],
		['email without @', { operation: 'update', contact: byId(1), contactUpdateFields: { email: 'jane.example.test' } }, /^Email: must be an email address/],
		['phone number not E.164', { operation: 'update', contact: byId(1), contactUpdateFields: { phone_number: '555 0001' } }, /^Phone Number: must be in E\.164 format/],
		['custom attributes not JSON', { operation: 'update', contact: byId(1), contactUpdateFields: { custom_attributes: '{plan: pro}' } }, /^Custom Attributes: is not valid JSON/],
		['custom attributes an array', { operation: 'setCustomAttributes', contact: byId(1), contactCustomAttributes: '[1]' }, /^Custom Attributes: must be a JSON object, got an array/],
		['no attribute keys', { operation: 'deleteCustomAttributes', contact: byId(1), contactAttributeKeys: ' , ' }, /^Attribute Keys: must name at least one key/],
		['no search term', { operation: 'search', query: '  ' }, /^Search Term: is required/],
		['no filter condition', { operation: 'filter', contactConditions: {} }, /^Conditions: add at least one condition/],
		['filter condition without attribute', { operation: 'filter', contactConditions: { condition: [{ attribute_key: '', filter_operator: 'equal_to', values: 'x' }] } }, /^Conditions 1: Attribute: is required/],
		['merge a contact into itself', { operation: 'merge', baseContact: byId(1), mergeeContact: byId(1) }, /^Contact to Merge: must be a different contact/],
		['add no labels', { operation: 'addLabels', contact: byId(1), contactLabelsToAdd: '={{ [] }}' }, /^Labels: name at least one label to add/],
	])('%s', async (_name, parameters, message) => {
		const error = await run.failure(parameters, jsonItems({ id: 'abc' }));
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test("Chatwoot's own error text: a taken email", async () => {
		const error = await run.failure({ operation: 'update', contact: byId(2), contactUpdateFields: { email: 'jane@example.test' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', '/api/v1/accounts/1/contacts/2', { email: 'jane@example.test' }, {}, 422)]);
		expect(error.message).toBe('Chatwoot: Email has already been taken');
		expect(error.httpCode).toBe('422');
	});
});

describe('Contact: searchable lists', () => {
	test('getContacts: contacts with their reach and dashboard address, paged by 15', async () => {
		seedContacts(20);
		const first = await searchList('getContacts', userCredential(ctx.fake));
		expect(first.results).toHaveLength(15);
		expect(first.results[0]).toEqual({
			name: 'Jane Customer (jane@example.test)',
			value: 1,
			url: `${ctx.fake.url}/app/accounts/1/contacts/1`,
		});
		expect(first.paginationToken).toBe('2');
		const second = await searchList('getContacts', userCredential(ctx.fake), { paginationToken: '2' });
		expect(second.results).toHaveLength(7);
		expect(second.paginationToken).toBeUndefined();
		expect(ctx.fake.requests.map((r) => [r.path, r.query])).toEqual([
			['/api/v1/accounts/1/contacts', { page: '1' }],
			['/api/v1/accounts/1/contacts', { page: '2' }],
		]);
	});

	test("getContacts: typed text goes to Chatwoot's search (phone numbers too)", async () => {
		const found = await searchList('getContacts', userCredential(ctx.fake), { filter: '+1555000' });
		expect(found.results).toEqual([{ name: 'Jane Customer (jane@example.test)', value: 1, url: `${ctx.fake.url}/app/accounts/1/contacts/1` }]);
		expect(ctx.fake.requests.map((r) => [r.path, r.query])).toEqual([['/api/v1/accounts/1/contacts/search', { q: '+1555000', page: '1' }]]);
	});

	test('getLabelTitles: the label titles of the account, sorted', async () => {
		const method = (chatWootNode.methods?.loadOptions as Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>>).getLabelTitles;
		const options = await method.call(loadOptionsContext(userCredential(ctx.fake)));
		expect(options).toEqual([
			{ name: 'billing', value: 'billing', description: 'Payments and invoices' },
			{ name: 'bug', value: 'bug', description: undefined },
			{ name: 'vip', value: 'vip', description: 'Important customers' },
		]);
	});
});

/**
 * Contact > Create or Update: found by email, identifier or phone number through the contacts
 * filter API and updated with the fields given, or created; `_operation` says which.
 */
const upsert = runner(ctx, { resource: 'contact', operation: 'upsert', contactUpsertInbox: byId(1) });

const CONTACTS = '/api/v1/accounts/1/contacts';

const filterRequest = (key: string, value: string) =>
	expectedRequest('POST', `${CONTACTS}/filter`, { payload: [{ attribute_key: key, filter_operator: 'equal_to', values: [value] }] });

/** The contact as Chatwoot shows it now (read after the node's requests were checked). */
const contactNow = async (id: number) => (await shownNow(ctx.fake, `${CONTACTS}/${id}`)).payload as Record<string, unknown>;

/** Seeded: 1 Jane Customer (jane@example.test, +15550001111, identifier cust-1001), 2 John Doe. */
describe('Contact > Create or Update: found, so updated with only the fields given', () => {
	test.each<[string, string, string]>([
		['email, whatever its case', 'email', 'JANE@Example.test'],
		['identifier', 'identifier', 'cust-1001'],
		['phone number', 'phone_number', '+15550001111'],
	])('by %s', async (_name, key, value) => {
		const { items } = await upsert({
			contactMatchBy: key,
			contactMatchValue: value,
			contactUpsertFields: { name: 'Jane Q. Customer', custom_attributes: '{"seats": 5}' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			filterRequest(key, value),
			expectedRequest('PUT', `${CONTACTS}/1`, { name: 'Jane Q. Customer', custom_attributes: { seats: 5 } }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ ...(await contactNow(1)), _operation: 'updated' }]);
		expect(ctx.fake.state.contacts.find((c) => c.id === 1)).toMatchObject({ name: 'Jane Q. Customer', custom_attributes: { plan: 'pro', seats: 5 } });
	});

	test('no fields given: nothing is written, the contact found is the output', async () => {
		const { items } = await upsert({ contactMatchBy: 'identifier', contactMatchValue: 'cust-1001' });
		expect(ctx.fake.requests.map(summary)).toEqual([filterRequest('identifier', 'cust-1001')]);
		expect(items.map((item) => item.json)).toEqual([{ ...(await contactNow(1)), _operation: 'unchanged' }]);
	});
});

describe('Contact > Create or Update: not found, so created', () => {
	test('created in the inbox with the value matched and the fields given', async () => {
		const { items } = await upsert({
			contactMatchBy: 'email',
			contactMatchValue: 'new@example.test',
			contactUpsertFields: { name: 'Nora New', phone_number: '+15550002222' },
		});
		const created = ctx.fake.state.contacts.find((c) => c.email === 'new@example.test')!;
		expect(ctx.fake.requests.map(summary)).toEqual([
			filterRequest('email', 'new@example.test'),
			expectedRequest('POST', CONTACTS, { inbox_id: 1, name: 'Nora New', phone_number: '+15550002222', email: 'new@example.test' }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ ...(await contactNow(created.id)), _operation: 'created' }]);
	});

	test('an identifier that differs only in case is another contact', async () => {
		const { items } = await upsert({ contactMatchBy: 'identifier', contactMatchValue: 'CUST-1001' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			filterRequest('identifier', 'CUST-1001'),
			expectedRequest('POST', CONTACTS, { inbox_id: 1, identifier: 'CUST-1001' }),
		]);
		expect(items[0].json).toMatchObject({ identifier: 'CUST-1001', _operation: 'created' });
	});

	test('two items of one run with the same email: one create, then one update', async () => {
		const { items } = await upsert(
			{ contactMatchBy: 'email', contactMatchValue: '={{ $json.email }}', contactUpsertFields: { name: '={{ $json.name }}' } },
			jsonItems({ email: 'twin@example.test', name: 'First' }, { email: 'Twin@example.test', name: 'Second' }),
		);
		const twins = ctx.fake.state.contacts.filter((c) => c.email === 'twin@example.test');
		expect(twins).toHaveLength(1);
		expect(ctx.fake.requests.map(summary)).toEqual([
			filterRequest('email', 'twin@example.test'),
			expectedRequest('POST', CONTACTS, { inbox_id: 1, name: 'First', email: 'twin@example.test' }),
			filterRequest('email', 'Twin@example.test'),
			expectedRequest('PUT', `${CONTACTS}/${twins[0].id}`, { name: 'Second' }),
		]);
		expect(items.map((item) => [item.json.id, item.json.name, item.json._operation])).toEqual([
			[twins[0].id, 'First', 'created'],
			[twins[0].id, 'Second', 'updated'],
		]);
	});
});

describe('Contact > Create or Update: bad input and unclear matches', () => {
	test.each<[string, Record<string, unknown>, RegExp]>([
		['an email that is none', { contactMatchBy: 'email', contactMatchValue: 'jane-at-example' }, /^Value to Match: must be an email address/],
		['a phone number not in E.164', { contactMatchBy: 'phone_number', contactMatchValue: '555 0001' }, /^Value to Match: must be in E\.164 format/],
		['no value', { contactMatchBy: 'identifier', contactMatchValue: '  ' }, /^Value to Match: is required/],
		[
			'Fields with another value of the matched field',
			{ contactMatchBy: 'email', contactMatchValue: 'jane@example.test', contactUpsertFields: { email: 'jane@new.test' } },
			/^Fields > Email: differs from the Value to Match/,
		],
	])('%s: error before any request', async (_name, parameters, message) => {
		const error = await upsert.failure(parameters);
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('two contacts with the value: nothing is changed, the error names them', async () => {
		const jane = ctx.fake.state.contacts.find((c) => c.id === 1)!;
		ctx.fake.state.contacts.push({ ...jane, id: 50, email: 'JANE@example.test', identifier: null, phone_number: null });
		const error = await upsert.failure({ contactMatchBy: 'email', contactMatchValue: 'jane@example.test', contactUpsertFields: { name: 'X' } });
		expect(error.message).toBe('Create or Update: 2 contacts have email "jane@example.test" (IDs 1, 50), so it is not clear which to update');
		expect(ctx.fake.requests.map(summary)).toEqual([filterRequest('email', 'jane@example.test')]);
	});
});

describe('Contact: routes beyond the spec', () => {
	test('Get by Source ID: the contact with its contact inboxes, inbox and source ID in the body', async () => {
		const { items } = await run({ operation: 'getBySourceId', contactSourceInbox: byId(1), contactSourceId: 'jane-api-source' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/contact_inboxes/filter', { inbox_id: 1, source_id: 'jane-api-source' }),
		]);
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({
				id: 1,
				name: 'Jane Customer',
				contact_inboxes: [{ source_id: 'jane-api-source', inbox: expect.objectContaining({ id: 1, name: 'Acme Support' }) }],
			}),
		]);
	});

	test('Get by Source ID: an unknown source ID is a 404', async () => {
		const { error, items } = await runNode({
			parameters: { resource: 'contact', operation: 'getBySourceId', contactSourceInbox: byId(1), contactSourceId: 'nobody' },
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
		expect(error?.message).toMatch(/404/);
	});

	test('Get Online: one item per online contact, 15 a page', async () => {
		seedContacts(16);
		ctx.fake.state.onlineContactIds = [1, ...Array.from({ length: 16 }, (_, i) => 101 + i)];
		const { items } = await run({ operation: 'getOnline', contactReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/contacts/active', undefined, { page: '1' }),
			expectedRequest('GET', '/api/v1/accounts/1/contacts/active', undefined, { page: '2' }),
		]);
		expect(items).toHaveLength(17);
		expect(items[0].json).toEqual(expect.objectContaining({ id: 1, name: 'Jane Customer', availability_status: 'online' }));
		expect(items.map((i) => i.json.id)).toEqual([1, ...Array.from({ length: 16 }, (_, i) => 101 + i)]);
	});

	test('Export: columns and label in the body; Chatwoot emails the file', async () => {
		const { items } = await run({ operation: 'export', contactExportOptions: { column_names: ['name', 'email', 'labels'], label: 'vip' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/contacts/export', { column_names: ['name', 'email', 'labels'], label: 'vip' }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.contactExports).toEqual([{ account_id: 1, column_names: ['name', 'email', 'labels'], label: 'vip' }]);
	});

	test('Export without options: the server picks the columns', async () => {
		await run({ operation: 'export' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/contacts/export')]);
	});

	test('Import: the CSV file as import_file, multipart; Chatwoot imports it in the background', async () => {
		const csv = Buffer.from('name,email,phone_number\nAda Lovelace,ada@example.test,+15550002222\n');
		const { items } = await run({ operation: 'import', contactImportBinaryProperty: 'contacts' }, [
			{ json: {}, binary: { contacts: { data: csv.toString('base64'), mimeType: 'text/csv', fileName: 'contacts.csv' } } },
		]);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/contacts/import', { fields: {}, files: [{ field: 'import_file', filename: 'contacts.csv', mimeType: 'text/csv', data: csv }] }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.contactImports).toEqual([
			{ account_id: 1, data_type: 'contacts', status: 'pending', file_name: 'contacts.csv', mime_type: 'text/csv', data: csv },
		]);
	});

	test("Import by an agent: Chatwoot's 401, nothing imported", async () => {
		const { error, items } = await runNode({
			parameters: { resource: 'contact', operation: 'import' } as never,
			credential: { ...userCredential(ctx.fake), accessToken: 'agent-token' },
			inputItems: [{ json: {}, binary: { data: { data: Buffer.from('name\nAda\n').toString('base64'), mimeType: 'text/csv', fileName: 'c.csv' } } }],
		});
		expect(items).toEqual([]);
		expect(ctx.fake.requests.map((r) => [r.path, r.status, r.rejected])).toEqual([['/api/v1/accounts/1/contacts/import', 401, undefined]]);
		expect(error?.message).toBe('Chatwoot: You are not authorized to do this action');
		expect(ctx.fake.state.contactImports).toBeUndefined();
	});

	test('Delete Avatar answers the contact', async () => {
		ctx.fake.state.contacts[0].avatar_url = 'https://cdn.example.test/jane.png';
		const { items } = await run({ operation: 'deleteAvatar', contact: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/contacts/1/avatar')]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 1, name: 'Jane Customer', thumbnail: '' })]);
	});

	test("Get Attachments: the files of the contact's conversations, newest first", async () => {
		const state = ctx.fake.state;
		const file = (id: number, messageId: number, extension: string, minutesAgo: number) => ({
			id, account_id: 1, message_id: messageId, file_type: 'file', extension, filename: `f${id}.${extension}`, mimeType: 'application/octet-stream',
			data: Buffer.from('x'), key: `k${id}`, path: `/rails/active_storage/blobs/redirect/k${id}/f${id}.${extension}`, created_at: new Date(Date.now() - minutesAgo * 60_000),
		});
		// message 1 is Jane's (conversation 3), message 3 John's (conversation 2)
		state.attachments.push(file(1, 1, 'pdf', 10), file(2, 1, 'txt', 5), file(3, 3, 'csv', 1));
		const { items } = await run({ operation: 'getAttachments', contact: byId(1), contactReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/contacts/1/attachments', undefined, { page: '1' })]);
		expect(items.map((i) => i.json)).toEqual([
			{
				id: 2,
				message_id: 1,
				thumb_url: '',
				data_url: `${ctx.fake.url}/rails/active_storage/blobs/redirect/k2/f2.txt`,
				file_size: 1,
				file_type: 'file',
				extension: 'txt',
				width: null,
				height: null,
				created_at: expect.any(Number),
				sender: expect.objectContaining({ id: 1, type: 'contact' }),
				conversation_id: 3,
			},
			expect.objectContaining({ id: 1, extension: 'pdf', conversation_id: 3 }),
		]);
	});

	const csvItem = (binary: Record<string, { data: string; mimeType: string; fileName: string }>) => [{ json: {}, binary }];
	test.each([
		['a blank Source ID', { operation: 'getBySourceId', contactSourceInbox: byId(1), contactSourceId: ' ' }, /^Source ID: is required and cannot be empty/],
		['an inbox that is no number', { operation: 'getBySourceId', contactSourceInbox: byId('={{ "support" }}'), contactSourceId: 'x' }, /^Inbox: must be a positive whole number, got "support"/],
		['an unknown export column', { operation: 'export', contactExportOptions: { column_names: ['password'] } }, /^Columns: must be one of/],
		['an export label that is no text', { operation: 'export', contactExportOptions: { label: '={{ { "name": "vip" } }}' } }, /^Label: must be text, got \{"name":"vip"\}/],
		['a blank Input Binary Field', { operation: 'import', contactImportBinaryProperty: ' ' }, /^Input Binary Field: is required and cannot be empty/],
		['an import file the item lacks', { operation: 'import', contactImportBinaryProperty: 'contacts' }, /^Input Binary Field: the input item has no binary property "contacts"/],
		['two import files', { operation: 'import', contactImportBinaryProperty: 'data, more' }, /^Input Binary Field: must name one binary property, got "data, more"/],
		['an empty import file', { operation: 'import', contactImportBinaryProperty: 'empty' }, /^Input Binary Field: the file "empty.csv" is empty/],
	])('%s fails before any request, naming the field', async (_what, parameters, message) => {
		const { error, items } = await runNode({
			parameters: { resource: 'contact', ...parameters } as never,
			credential: userCredential(ctx.fake),
			inputItems: csvItem({
				data: { data: Buffer.from('name\nAda\n').toString('base64'), mimeType: 'text/csv', fileName: 'c.csv' },
				empty: { data: '', mimeType: 'text/csv', fileName: 'empty.csv' },
			}),
		});
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

const bulkAction = runner(ctx, { resource: 'contact', operation: 'bulkAction' });

const labelsOf = (id: number) => (ctx.fake.state.contacts.find((c) => c.id === id) as { labels?: string[] }).labels;

describe('Contact > Bulk Action', () => {
	test('Add Labels', async () => {
		const { items } = await bulkAction({ contactIds: '1, 2', contactBulkAction: 'addLabels', contactBulkLabels: ['Billing'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/bulk_actions', { type: 'Contact', ids: [1, 2], labels: { add: ['billing'] } }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect([labelsOf(1), labelsOf(2)]).toEqual([['vip', 'billing'], ['billing']]);
	});

	test('Remove Labels', async () => {
		await bulkAction({ contactIds: '1', contactBulkAction: 'removeLabels', contactBulkLabels: ['vip'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/bulk_actions', { type: 'Contact', ids: [1], labels: { remove: ['vip'] } }),
		]);
		expect(labelsOf(1)).toEqual([]);
	});

	test('Delete sends no labels, even when some are set', async () => {
		const { items } = await bulkAction({ contactIds: '={{ [2] }}', contactBulkAction: 'delete', contactBulkLabels: ['vip'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/bulk_actions', { type: 'Contact', ids: [2], action_name: 'delete' }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.contacts.map((c) => c.id)).toEqual([1, 3]);
	});

	test.each([
		[{ contactIds: '1', contactBulkAction: 'addLabels', contactBulkLabels: [] }, /^Labels: name at least one label to add/],
		[{ contactIds: '1, jane', contactBulkAction: 'delete' }, /^Contact IDs: must be a positive whole number, got "jane"/],
		[{ contactIds: ' , ', contactBulkAction: 'delete' }, /^Contact IDs: name at least one contact ID/],
	])('bad input is refused before any request: %j', async (parameters, message) => {
		const { error } = await runNode({ parameters: { resource: 'contact', operation: 'bulkAction', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
