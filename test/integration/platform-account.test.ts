/** Platform: Account, with a platform app token, through n8n-core's engine against the fake. */
import { expectedRequest, platformCredential, runner, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'platformAccount' }, platformCredential);

const ACCOUNTS = '/platform/api/v1/accounts';

describe('Platform: Account', () => {
	test('Create sends the name and only the added fields', async () => {
		const { items } = await run({
			operation: 'create',
			platformAccountName: 'Globex',
			platformAccountAdditionalFields: { locale: 'de', support_email: 'help@globex.test', limits: '{"agents": 5}' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', ACCOUNTS, { name: 'Globex', locale: 'de', support_email: 'help@globex.test', limits: { agents: 5 } }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Globex', locale: 'de' });
	});

	test('Get, Update, Delete an account the platform app created', async () => {
		const created = await run({ operation: 'create', platformAccountName: 'Initech' });
		const id = created.items[0].json.id as number;

		const got = await run({ operation: 'get', accountId: id });
		expect(got.items.map((i) => i.json)).toEqual([expect.objectContaining({ id, name: 'Initech' })]);

		const updated = await run({ operation: 'update', accountId: id, platformAccountUpdateFields: { status: 'suspended' } });
		expect(updated.items.map((i) => i.json)).toEqual([expect.objectContaining({ id, status: 'suspended' })]);

		const deleted = await run({ operation: 'delete', accountId: id });
		expect(deleted.items).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);

		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', ACCOUNTS, { name: 'Initech' }),
			expectedRequest('GET', `${ACCOUNTS}/${id}`),
			expectedRequest('PATCH', `${ACCOUNTS}/${id}`, { status: 'suspended' }),
			expectedRequest('DELETE', `${ACCOUNTS}/${id}`),
		]);
	});

	test('Create and Update switch features on and off (features, permitted by the server beyond the spec)', async () => {
		const created = await run({ operation: 'create', platformAccountName: 'Umbrella', platformAccountAdditionalFields: { features: '{"help_center": true}' } });
		expect(created.items[0].json.enabled_features).toMatchObject({ help_center: true });
		const id = created.items[0].json.id as number;
		const updated = await run({ operation: 'update', accountId: id, platformAccountUpdateFields: { features: { help_center: false } } });
		expect(updated.items[0].json.enabled_features).not.toHaveProperty('help_center');
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', ACCOUNTS, { name: 'Umbrella', features: { help_center: true } }),
			expectedRequest('PATCH', `${ACCOUNTS}/${id}`, { features: { help_center: false } }),
		]);
	});

	test.each<[string, Record<string, unknown>, RegExp]>([
		['a feature switched by something other than true or false', { features: '{"help_center": "yes"}' }, /^Features: "help_center" must be true or false/],
		['a support email that is not an email', { support_email: 'nope' }, /^Support Email: must be an email address/],
	])('bad input: %s', async (_name, platformAccountAdditionalFields, message) => {
		const error = await run.failure({ operation: 'create', platformAccountName: 'X', platformAccountAdditionalFields });
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Platform: Account > Get Many', () => {
	test('lists the accounts of the platform app', async () => {
		const { items } = await run({ operation: 'getAll', platformAccountReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/platform/api/v1/accounts')]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 1, name: 'Acme' })]);
	});
});
