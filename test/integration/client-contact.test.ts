/** Client API: Contact, through n8n-core's engine against the fake. */
import type { INodeProperties } from 'n8n-workflow';
import { chatWootNode } from '../helpers/engine';
import { expectedRequest, runner, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const INBOX = 'acme-api-inbox';
// Jane's session in the API inbox (demo data).
const JANE = 'jane-api-source';

const run = runner(ctx, { resource: 'clientContact', clientContactInboxIdentifier: INBOX });

describe('Client API: Contact', () => {
	test('Create with only a name and an email; the answer has the source_id to use next', async () => {
		const { items } = await run({
			operation: 'create',
			clientContactAdditionalFields: { name: 'Sam Buyer', email: 'sam@example.test', phone_number: '' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `/public/api/v1/inboxes/${INBOX}/contacts`, { name: 'Sam Buyer', email: 'sam@example.test' }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Sam Buyer', email: 'sam@example.test' });
		const sourceId = items[0].json.source_id as string;
		expect(ctx.fake.state.contactInboxes.find((ci) => ci.source_id === sourceId)).toBeDefined();
	});

	test('Create with every field, custom attributes as JSON text', async () => {
		await run({
			operation: 'create',
			clientContactAdditionalFields: {
				name: 'Lee',
				email: 'lee@example.test',
				phone_number: '+15550002222',
				identifier: 'crm-77',
				identifier_hash: 'abc123',
				custom_attributes: '{"plan": "free"}',
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `/public/api/v1/inboxes/${INBOX}/contacts`, {
			name: 'Lee',
			email: 'lee@example.test',
			phone_number: '+15550002222',
			identifier: 'crm-77',
			identifier_hash: 'abc123',
			custom_attributes: { plan: 'free' },
		})]);
	});

	test('Get by inbox and contact identifier', async () => {
		const { items } = await run({ operation: 'get', contactIdentifier: JANE });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `/public/api/v1/inboxes/${INBOX}/contacts/${JANE}`)]);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Jane Customer', source_id: JANE });
	});

	test('Update sends only the fields added', async () => {
		const { items } = await run({
			operation: 'update',
			contactIdentifier: JANE,
			clientContactUpdateFields: { name: 'Jane C.', custom_attributes: { plan: 'enterprise' } },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `/public/api/v1/inboxes/${INBOX}/contacts/${JANE}`, { name: 'Jane C.', custom_attributes: { plan: 'enterprise' } }),
		]);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Jane C.', custom_attributes: { plan: 'enterprise' } });
	});

	test('Update sends the identifier only for the hash check: Chatwoot keeps the old one, and the field says so', async () => {
		const { items } = await run({ operation: 'update', contactIdentifier: JANE, clientContactUpdateFields: { identifier: 'cust-2002', name: 'Jane C.' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `/public/api/v1/inboxes/${INBOX}/contacts/${JANE}`, { name: 'Jane C.', identifier: 'cust-2002' }),
		]);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Jane C.', identifier: 'cust-1001' });
		const fields = chatWootNode.description.properties.find((p) => p.name === 'clientContactUpdateFields')!;
		const identifier = (fields.options as INodeProperties[]).find((o) => o.name === 'identifier')!;
		expect(identifier.description).toMatch(/only to check the Identifier Hash: Chatwoot never changes a contact's identifier here/);
	});

	describe('bad input fails before any request, naming the field', () => {
		test.each([
			['contact identifier with a slash', { operation: 'get', contactIdentifier: 'a/b' }, /^Contact Identifier: must be a contact identifier like /],
			// `..` would read the inbox instead of the contact
			['contact identifier ..', { operation: 'get', contactIdentifier: '..' }, /^Contact Identifier: must be a contact identifier like "0f3a4c2e-5b7d-4e8f-9a1b-2c3d4e5f6a7b" \(letters, digits and - _ \. ~ @ \+ only, not only dots\), got "\.\."$/],
			['empty contact identifier', { operation: 'get', contactIdentifier: '  ' }, /^Contact Identifier: is required/],
			['bad email', { operation: 'create', clientContactAdditionalFields: { email: 'sam.example.test' } }, /^Email: must be an email address/],
			['custom attributes not an object', { operation: 'create', clientContactAdditionalFields: { custom_attributes: '[1]' } }, /^Custom Attributes: must be a JSON object/],
			['update without fields', { operation: 'update', contactIdentifier: JANE, clientContactUpdateFields: {} }, /^Update Fields: add at least one field to update$/],
			['update with a blank email', { operation: 'update', contactIdentifier: JANE, clientContactUpdateFields: { email: '' } }, /^Update Fields: Email is blank, and blank fields are not sent/],
		])('%s', async (_name, parameters, message) => {
			const error = await run.failure({ clientContactInboxIdentifier: INBOX, ...parameters });
			expect(error.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});
	});
});
