/**
 * Contact > Create or Update: found by email, identifier or phone number through the contacts
 * filter API and updated with the fields given, or created; `_operation` says which.
 */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, TOKENS, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'contact', operation: 'upsert', contactUpsertInbox: byId(1) });

const CONTACTS = '/api/v1/accounts/1/contacts';

const filterRequest = (key: string, value: string) =>
	expectedRequest('POST', `${CONTACTS}/filter`, { payload: [{ attribute_key: key, filter_operator: 'equal_to', values: [value] }] });

/** The contact as Chatwoot shows it now (read after the node's requests were checked). */
async function shownNow(id: number) {
	const answer = await fetch(`${ctx.fake.url}${CONTACTS}/${id}`, { headers: { 'api-access-token': TOKENS.user } });
	return ((await answer.json()) as { payload: Record<string, unknown> }).payload;
}

/** Seeded: 1 Jane Customer (jane@example.test, +15550001111, identifier cust-1001), 2 John Doe. */
describe('Contact > Create or Update: found, so updated with only the fields given', () => {
	test.each<[string, string, string]>([
		['email, whatever its case', 'email', 'JANE@Example.test'],
		['identifier', 'identifier', 'cust-1001'],
		['phone number', 'phone_number', '+15550001111'],
	])('by %s', async (_name, key, value) => {
		const { items } = await run({
			contactMatchBy: key,
			contactMatchValue: value,
			contactUpsertFields: { name: 'Jane Q. Customer', custom_attributes: '{"seats": 5}' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			filterRequest(key, value),
			expectedRequest('PUT', `${CONTACTS}/1`, { name: 'Jane Q. Customer', custom_attributes: { seats: 5 } }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ ...(await shownNow(1)), _operation: 'updated' }]);
		expect(ctx.fake.state.contacts.find((c) => c.id === 1)).toMatchObject({ name: 'Jane Q. Customer', custom_attributes: { plan: 'pro', seats: 5 } });
	});

	test('no fields given: nothing is written, the contact found is the output', async () => {
		const { items } = await run({ contactMatchBy: 'identifier', contactMatchValue: 'cust-1001' });
		expect(ctx.fake.requests.map(summary)).toEqual([filterRequest('identifier', 'cust-1001')]);
		expect(items.map((item) => item.json)).toEqual([{ ...(await shownNow(1)), _operation: 'unchanged' }]);
	});
});

describe('Contact > Create or Update: not found, so created', () => {
	test('created in the inbox with the value matched and the fields given', async () => {
		const { items } = await run({
			contactMatchBy: 'email',
			contactMatchValue: 'new@example.test',
			contactUpsertFields: { name: 'Nora New', phone_number: '+15550002222' },
		});
		const created = ctx.fake.state.contacts.find((c) => c.email === 'new@example.test')!;
		expect(ctx.fake.requests.map(summary)).toEqual([
			filterRequest('email', 'new@example.test'),
			expectedRequest('POST', CONTACTS, { inbox_id: 1, name: 'Nora New', phone_number: '+15550002222', email: 'new@example.test' }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ ...(await shownNow(created.id)), _operation: 'created' }]);
	});

	test('an identifier that differs only in case is another contact', async () => {
		const { items } = await run({ contactMatchBy: 'identifier', contactMatchValue: 'CUST-1001' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			filterRequest('identifier', 'CUST-1001'),
			expectedRequest('POST', CONTACTS, { inbox_id: 1, identifier: 'CUST-1001' }),
		]);
		expect(items[0].json).toMatchObject({ identifier: 'CUST-1001', _operation: 'created' });
	});

	test('two items of one run with the same email: one create, then one update', async () => {
		const { items } = await run(
			{ contactMatchBy: 'email', contactMatchValue: '={{ $json.email }}', contactUpsertFields: { name: '={{ $json.name }}' } },
			[{ json: { email: 'twin@example.test', name: 'First' } }, { json: { email: 'Twin@example.test', name: 'Second' } }],
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
		const { error, items } = await runNode({
			parameters: { resource: 'contact', operation: 'upsert', contactUpsertInbox: byId(1), ...parameters } as never,
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('two contacts with the value: nothing is changed, the error names them', async () => {
		const jane = ctx.fake.state.contacts.find((c) => c.id === 1)!;
		ctx.fake.state.contacts.push({ ...jane, id: 50, email: 'JANE@example.test', identifier: null, phone_number: null });
		const { error } = await runNode({
			parameters: { resource: 'contact', operation: 'upsert', contactUpsertInbox: byId(1), contactMatchBy: 'email', contactMatchValue: 'jane@example.test', contactUpsertFields: { name: 'X' } } as never,
			credential: userCredential(ctx.fake),
		});
		expect(error?.message).toBe('Create or Update: 2 contacts have email "jane@example.test" (IDs 1, 50), so it is not clear which to update');
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${CONTACTS}/filter`]);
	});
});
