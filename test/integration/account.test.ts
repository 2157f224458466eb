/** Account > Get and Update, of the node's Account or the credential's default. */
import { runNode } from '../helpers/engine';
import { expectAllAccepted, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

describe('Account', () => {
	test('Get reads the credential\'s default account', async () => {
		const { items, error } = await runNode({
			parameters: { resource: 'account', operation: 'get' },
			credential: userCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'GET', path: '/api/v1/accounts/1', query: {}, body: undefined, status: 200, rejected: undefined },
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Acme', domain: 'acme.test', locale: 'en' });
	});

	test('Get of an account picked in the Account field', async () => {
		await runNode({
			parameters: { resource: 'account', operation: 'get', account: { __rl: true, mode: 'url', value: `${ctx.fake.url}/app/accounts/1/dashboard` } },
			credential: { ...userCredential(ctx.fake), accountId: undefined },
		});
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /api/v1/accounts/1 200']);
	});

	test('Update sends only the fields added; auto-resolve 0 is sent as null (off)', async () => {
		const { items, error } = await runNode({
			parameters: {
				resource: 'account',
				operation: 'update',
				accountUpdateFields: {
					name: 'Acme Inc',
					support_email: 'help@acme.test',
					auto_resolve_after: 0,
					auto_resolve_ignore_waiting: true,
					timezone: 'Europe/Berlin',
					locale: '',
				},
			},
			credential: userCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'PATCH',
			path: '/api/v1/accounts/1',
			query: {},
			body: {
				name: 'Acme Inc',
				support_email: 'help@acme.test',
				auto_resolve_after: null,
				auto_resolve_ignore_waiting: true,
				timezone: 'Europe/Berlin',
			},
			status: 200,
			rejected: undefined,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Acme Inc', support_email: 'help@acme.test' });
		expect(ctx.fake.state.accounts[0].custom_attributes).toMatchObject({ timezone: 'Europe/Berlin' });
	});

	test('Update with auto-resolve in minutes', async () => {
		await runNode({
			parameters: { resource: 'account', operation: 'update', accountUpdateFields: { auto_resolve_after: 1440, auto_resolve_message: 'Closed for inactivity' } },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests[0].body).toEqual({ auto_resolve_after: 1440, auto_resolve_message: 'Closed for inactivity' });
	});

	test.each([
		[{ auto_resolve_after: 5 }, /^Auto Resolve After \(Minutes\): must be between 10 and 1439856, got 5/],
		[{ auto_resolve_after: 2000000 }, /^Auto Resolve After \(Minutes\): must be between 10 and 1439856/],
		[{ support_email: 'support-at-acme' }, /^Support Email: must be an email address/],
	])('bad input %j fails before any request', async (accountUpdateFields, message) => {
		const { error, items } = await runNode({
			parameters: { resource: 'account', operation: 'update', accountUpdateFields },
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
