/** Account > Get and Update, of the node's Account or the credential's default. */
import { expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'account' });

describe('Account', () => {
	test("Get reads the credential's default account", async () => {
		const { items } = await run({ operation: 'get' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1')]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Acme', domain: 'acme.test', locale: 'en' });
	});

	test('Get of an account picked in the Account field', async () => {
		const { items } = await run(
			{ operation: 'get', account: { __rl: true, mode: 'url', value: `${ctx.fake.url}/app/accounts/1/dashboard` } },
			undefined,
			{ credential: { ...userCredential(ctx.fake), accountId: undefined } },
		);
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1')]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 1, name: 'Acme' })]);
	});

	test('Update sends only the fields added; auto-resolve 0 is sent as null (off)', async () => {
		const { items } = await run({
			operation: 'update',
			accountUpdateFields: {
				name: 'Acme Inc',
				support_email: 'help@acme.test',
				auto_resolve_after: 0,
				auto_resolve_ignore_waiting: true,
				timezone: 'Europe/Berlin',
				locale: '',
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', '/api/v1/accounts/1', {
				name: 'Acme Inc',
				support_email: 'help@acme.test',
				auto_resolve_after: null,
				auto_resolve_ignore_waiting: true,
				timezone: 'Europe/Berlin',
			}),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Acme Inc', support_email: 'help@acme.test' });
		expect(ctx.fake.state.accounts[0].custom_attributes).toMatchObject({ timezone: 'Europe/Berlin' });
	});

	test('Update with auto-resolve in minutes', async () => {
		const { items } = await run({ operation: 'update', accountUpdateFields: { auto_resolve_after: 1440, auto_resolve_message: 'Closed for inactivity' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', '/api/v1/accounts/1', { auto_resolve_after: 1440, auto_resolve_message: 'Closed for inactivity' }),
		]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 1, settings: expect.objectContaining({ auto_resolve_after: 1440, auto_resolve_message: 'Closed for inactivity' }) })]);
	});

	test.each([
		[{ auto_resolve_after: 5 }, /^Auto Resolve After \(Minutes\): must be between 10 and 1439856, got 5/],
		[{ auto_resolve_after: 2000000 }, /^Auto Resolve After \(Minutes\): must be between 10 and 1439856/],
		[{ support_email: 'support-at-acme' }, /^Support Email: must be an email address/],
	])('bad input %j fails before any request', async (accountUpdateFields, message) => {
		const error = await run.failure({ operation: 'update', accountUpdateFields });
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
