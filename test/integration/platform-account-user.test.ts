/** Platform: Account User, with a platform app token, through n8n-core's engine against the fake. */
import { expectedRequest, platformCredential, runner, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'platformAccountUser', platformAccountUserAccountId: 1 }, platformCredential);
const createUser = runner(ctx, { resource: 'platformUser', operation: 'create' }, platformCredential);

const ACCOUNT_USERS = '/platform/api/v1/accounts/1/account_users';

describe('Platform: Account User', () => {
	test('Create, Get Many, Delete', async () => {
		const user = await createUser({ platformUserName: 'Carol', platformUserEmail: 'carol@acme.test', password: 'Passw0rd!' });
		const userId = user.items[0].json.id as number;

		const created = await run({ operation: 'create', platformAccountUserUserId: userId, role: 'administrator' });
		expect(created.items.map((i) => i.json)).toEqual([expect.objectContaining({ account_id: 1, user_id: userId, role: 'administrator' })]);

		const listed = await run({ operation: 'getAll', platformAccountUserReturnAll: true });
		expect(listed.items.map((i) => i.json.user_id)).toContain(userId);
		expect(listed.items.every((i) => i.json.account_id === 1)).toBe(true);

		const limited = await run({ operation: 'getAll', platformAccountUserLimit: 1 });
		expect(limited.items).toHaveLength(1);

		await run({ operation: 'delete', platformAccountUserUserId: userId });
		expect(ctx.fake.state.accountUsers.some((au) => au.user_id === userId)).toBe(false);

		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/platform/api/v1/users', { name: 'Carol', email: 'carol@acme.test', password: 'Passw0rd!' }),
			expectedRequest('POST', ACCOUNT_USERS, { user_id: userId, role: 'administrator' }),
			expectedRequest('GET', ACCOUNT_USERS),
			expectedRequest('GET', ACCOUNT_USERS),
			expectedRequest('DELETE', ACCOUNT_USERS, { user_id: userId }),
		]);
	});

	test('bad input: User ID missing', async () => {
		const error = await run.failure({ operation: 'create', role: 'agent' });
		expect(error.message).toMatch(/^User ID: must be a positive whole number, got 0/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
