/** Company (Enterprise): every operation, its contacts, conversations and notes, bad input, a server without Enterprise. */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();
const run = runner(ctx);

const A = '/api/v1/accounts/1';

/** The company view of the fake for a company created at the fake's clock (times vary). */
const company = (fields: Record<string, unknown>) => ({
	id: 1,
	name: 'Acme Inc.',
	contacts_count: 0,
	domain: 'acme.test',
	description: null,
	custom_attributes: {},
	avatar_url: '',
	created_at: expect.any(Number),
	updated_at: expect.any(Number),
	...fields,
});

async function createAcme() {
	await run({
		resource: 'company',
		operation: 'create',
		companyName: 'Acme Inc.',
		companyAdditionalFields: { domain: 'acme.test', custom_attributes: '{"plan": "pro", "region": "eu"}' },
	});
}

describe('Company', () => {
	test('Create sends the name and the added fields, JSON as objects; the company comes out of {payload}', async () => {
		const { items } = await run({
			resource: 'company',
			operation: 'create',
			companyName: 'Acme Inc.',
			companyAdditionalFields: {
				domain: 'acme.test',
				description: 'Rockets',
				additional_attributes: '{"industry": "Aerospace"}',
				custom_attributes: '{"plan": "pro"}',
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${A}/companies`, {
				name: 'Acme Inc.',
				domain: 'acme.test',
				description: 'Rockets',
				additional_attributes: { industry: 'Aerospace' },
				custom_attributes: { plan: 'pro' },
			}),
		]);
		expect(items.map((i) => i.json)).toEqual([company({ description: 'Rockets', custom_attributes: { plan: 'pro' } })]);
	});

	test('Get, Update (custom attributes merged), Delete Custom Attributes, Delete Avatar, Delete', async () => {
		await createAcme();
		const got = await run({ resource: 'company', operation: 'get', company: byId(1) });
		const updated = await run({
			resource: 'company',
			operation: 'update',
			company: byId(1),
			companyUpdateFields: { name: 'Acme Corp', custom_attributes: '{"tier": 2}' },
		});
		const trimmed = await run({ resource: 'company', operation: 'deleteCustomAttributes', company: byId(1), companyAttributeKeys: 'plan, region' });
		const noAvatar = await run({ resource: 'company', operation: 'deleteAvatar', company: byId(1) });
		const deleted = await run({ resource: 'company', operation: 'delete', company: byId(1) });
		expect(ctx.fake.requests.slice(1).map(summary)).toEqual([
			expectedRequest('GET', `${A}/companies/1`),
			expectedRequest('PATCH', `${A}/companies/1`, { name: 'Acme Corp', custom_attributes: { tier: 2 } }),
			expectedRequest('POST', `${A}/companies/1/destroy_custom_attributes`, { custom_attributes: ['plan', 'region'] }),
			expectedRequest('DELETE', `${A}/companies/1/avatar`),
			expectedRequest('DELETE', `${A}/companies/1`),
		]);
		const acme = { custom_attributes: { plan: 'pro', region: 'eu' } };
		expect(got.items.map((i) => i.json)).toEqual([company(acme)]);
		expect(updated.items.map((i) => i.json)).toEqual([company({ name: 'Acme Corp', custom_attributes: { plan: 'pro', region: 'eu', tier: 2 } })]);
		expect(trimmed.items.map((i) => i.json)).toEqual([company({ name: 'Acme Corp', custom_attributes: { tier: 2 } })]);
		expect(noAvatar.items.map((i) => i.json)).toEqual([company({ name: 'Acme Corp', custom_attributes: { tier: 2 } })]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ success: true }]);
	});

	test('Get Many and Search: 25 a page, sorted', async () => {
		ctx.fake.state.companies = Array.from({ length: 30 }, (_, i) => ({
			id: i + 1,
			account_id: 1,
			name: `Company ${String(i + 1).padStart(2, '0')}`,
			domain: `c${i + 1}.test`,
			description: null,
			custom_attributes: {},
			avatar_url: '',
			created_at: new Date('2026-01-01T00:00:00Z'),
			updated_at: new Date('2026-01-01T00:00:00Z'),
		}));
		const all = await run({ resource: 'company', operation: 'getAll', companyReturnAll: true, companySort: '-name' });
		const found = await run({ resource: 'company', operation: 'search', companySearchText: 'c3', companyLimit: 2 });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${A}/companies`, undefined, { sort: '-name', page: '1' }),
			expectedRequest('GET', `${A}/companies`, undefined, { sort: '-name', page: '2' }),
			expectedRequest('GET', `${A}/companies/search`, undefined, { q: 'c3', page: '1' }),
		]);
		expect(all.items.map((i) => i.json.id)).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
		expect(found.items.map((i) => i.json)).toEqual([
			{ id: 3, name: 'Company 03', contacts_count: 0, domain: 'c3.test', description: null, custom_attributes: {}, avatar_url: '', created_at: 1767225600, updated_at: 1767225600 },
			{ id: 30, name: 'Company 30', contacts_count: 0, domain: 'c30.test', description: null, custom_attributes: {}, avatar_url: '', created_at: 1767225600, updated_at: 1767225600 },
		]);
	});

	test('contacts: Add Contact, Get Contacts, Search Contacts to Add, Remove Contact', async () => {
		await createAcme();
		const added = await run({ resource: 'company', operation: 'addContact', company: byId(1), companyContact: byId(1) });
		const members = await run({ resource: 'company', operation: 'getContacts', company: byId(1), companyReturnAll: true });
		const candidates = await run({ resource: 'company', operation: 'searchContacts', company: byId(1), companyContactSearchText: 'example.test', companyReturnAll: true });
		const removed = await run({ resource: 'company', operation: 'removeContact', company: byId(1), companyMember: byId(1) });
		expect(ctx.fake.requests.slice(1).map(summary)).toEqual([
			expectedRequest('POST', `${A}/companies/1/contacts`, { contact_id: 1 }),
			expectedRequest('GET', `${A}/companies/1/contacts`, undefined, { page: '1' }),
			expectedRequest('GET', `${A}/companies/1/contacts/search`, undefined, { q: 'example.test', page: '1' }),
			expectedRequest('DELETE', `${A}/companies/1/contacts/1`),
		]);
		const jane = {
			id: 1,
			name: 'Jane Customer',
			email: 'jane@example.test',
			company_id: 1,
			linked_to_current_company: true,
			company: company({ contacts_count: 1, custom_attributes: { plan: 'pro', region: 'eu' } }),
		};
		expect(added.items.map((i) => i.json)).toEqual([expect.objectContaining(jane)]);
		expect(members.items.map((i) => i.json)).toEqual([expect.objectContaining(jane)]);
		expect(candidates.items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: 2, name: 'John Doe', company_id: null, linked_to_current_company: false, company: null }),
		]);
		expect(removed.items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.contacts.find((c) => c.id === 1)!.company_id).toBeNull();
	});

	test("Get Conversations and Get Notes: the latest of the company's contacts", async () => {
		await createAcme();
		ctx.fake.state.contacts.find((c) => c.id === 1)!.company_id = 1;
		ctx.fake.state.notes = [
			{ id: 5, account_id: 1, contact_id: 1, user_id: 1, content: 'Renewal call on Friday', created_at: new Date('2026-02-01T09:00:00Z') },
			{ id: 6, account_id: 1, contact_id: 2, user_id: 1, content: 'Not a member', created_at: new Date('2026-02-01T09:00:00Z') },
		];
		const conversations = await run({ resource: 'company', operation: 'getConversations', company: byId(1), companyReturnAll: true });
		const notes = await run({ resource: 'company', operation: 'getNotes', company: byId(1), companyLimit: 5 });
		expect(ctx.fake.requests.slice(1).map(summary)).toEqual([
			expectedRequest('GET', `${A}/companies/1/conversations`),
			expectedRequest('GET', `${A}/companies/1/notes`),
		]);
		// conversations 1 and 3 are Jane's
		expect(conversations.items.map((i) => i.json.id).sort()).toEqual([1, 3]);
		expect(notes.items.map((i) => i.json)).toEqual([
			{
				id: 5,
				content: 'Renewal call on Friday',
				account_id: 1,
				contact_id: 1,
				user: expect.objectContaining({ id: 1, name: 'Alice Admin' }),
				created_at: 1769936400,
				updated_at: 1769936400,
				contact: expect.objectContaining({ id: 1, name: 'Jane Customer' }),
			},
		]);
	});

	test('bad input: Custom Attributes that are not a JSON object fail before any request', async () => {
		const { error, items } = await runNode({
			parameters: { resource: 'company', operation: 'create', companyName: 'Acme', companyAdditionalFields: { custom_attributes: '["plan"]' } },
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(error?.message).toMatch(/^Custom Attributes: must be a JSON object, got an array/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('bad input: Delete Custom Attributes without a key fails before any request', async () => {
		const { error } = await runNode({
			parameters: { resource: 'company', operation: 'deleteCustomAttributes', company: byId(1), companyAttributeKeys: ' , ' },
			credential: userCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Attribute Keys: /);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('bad input: an unknown Sort fails before any request', async () => {
		const { error } = await runNode({
			parameters: { resource: 'company', operation: 'getAll', companyReturnAll: true, companySort: 'size' },
			credential: userCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Sort: must be one of name, -name/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('a server without the Enterprise code: 404 Not Found, explained as an Enterprise feature', async () => {
		ctx.fake.state.server.enterprise = false;
		const { error } = await runNode({
			parameters: { resource: 'company', operation: 'get', company: byId(1) },
			credential: userCredential(ctx.fake),
		});
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
		expect(error?.message).toBe('Chatwoot: Not Found');
		expect(error?.description).toBe(
			'GET /api/v1/accounts/1/companies/1 is an Enterprise feature of Chatwoot: a server without the Enterprise code (the Community edition, or DISABLE_ENTERPRISE set) has no such route and answers 404.',
		);
	});
});
