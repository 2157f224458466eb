/** Profile: the user of the token, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { expectedRequest, runner, summary, TOKENS, useFakeChatwoot, userCredential } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'profile' });

describe('Profile', () => {
	test('Get: the token user with accounts, without the access token', async () => {
		const { items } = await run({ operation: 'get' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'GET', path: '/api/v1/profile', query: {}, body: undefined, status: 200, rejected: undefined },
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Alice Admin', email: 'alice@acme.test', accounts: [expect.objectContaining({ id: 1, role: 'administrator' })] });
		expect(items[0].json).not.toHaveProperty('access_token');
		expect(JSON.stringify(items)).not.toContain(TOKENS.user);
	});

	test('Update: only the fields added, under `profile`, as JSON', async () => {
		const { items } = await run({
			operation: 'update',
			profileUpdateFields: { display_name: 'Ali', message_signature: '-- Alice, Acme support', ui_settings: '{"is_ct_labels_open": true}', phone_number: '' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			{
				method: 'PUT',
				path: '/api/v1/profile',
				query: {},
				body: { profile: { display_name: 'Ali', message_signature: '-- Alice, Acme support', ui_settings: { is_ct_labels_open: true } } },
				status: 200,
				rejected: undefined,
			},
		]);
		expect(ctx.fake.requests[0].headers['content-type']).toMatch(/^application\/json/);
		expect(items[0].json).toMatchObject({ display_name: 'Ali', message_signature: '-- Alice, Acme support', ui_settings: { is_ct_labels_open: true } });
		expect(items[0].json).not.toHaveProperty('access_token');
	});

	test('Update: a new password goes with the current one', async () => {
		await run({ operation: 'update', profileUpdateFields: { password: 'N3w-Secret!', current_password: 'Password1!' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', '/api/v1/profile', { profile: { current_password: 'Password1!', password: 'N3w-Secret!' } })]);
		expect(ctx.fake.state.users.find((u) => u.id === 1)?.password).toBe('N3w-Secret!');
	});

	test("a wrong current password: Chatwoot's own message", async () => {
		const error = await run.failure({ operation: 'update', profileUpdateFields: { password: 'N3w-Secret!', current_password: 'wrong' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', '/api/v1/profile', { profile: { password: 'N3w-Secret!', current_password: 'wrong' } }, {}, 422)]);
		expect(error.httpCode).toBe('422');
		expect(error.message).toBe('Chatwoot: Invalid current password');
	});

	describe('bad input fails before any request, naming the field', () => {
		test.each([
			['new password without the current one', { password: 'N3w-Secret!' }, /^Current Password: is required to set a new password/],
			['weak new password', { password: 'weak', current_password: 'Password1!' }, /^New Password: must be 6 to 128 characters long/],
			['bad email', { email: 'alice' }, /^Email: must be an email address/],
			['UI settings not an object', { ui_settings: '"dark"' }, /^UI Settings: must be a JSON object/],
			['nothing to change', {}, /^Update Fields: add at least one field to update$/],
			['a blank name', { name: '' }, /^Update Fields: Name is blank, and blank fields are not sent/],
		])('%s', async (_name, profileUpdateFields, message) => {
			const error = await run.failure({ operation: 'update', profileUpdateFields });
			expect(error.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});
	});
});

describe('Profile: presence (routes the spec leaves out)', () => {
	const accountOf = (items: Array<{ json: Record<string, unknown> }>) => (items[0].json.accounts as Array<Record<string, unknown>>)[0];

	test("Set Availability: profile{account_id, availability}, the credential's account by default; the profile without its token", async () => {
		const { items } = await run({ operation: 'setAvailability', profileAvailability: 'busy', profileAccount: { __rl: true, mode: 'list', value: '' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'POST', path: '/api/v1/profile/availability', query: {}, body: { profile: { account_id: 1, availability: 'busy' } }, status: 200, rejected: undefined },
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, email: 'alice@acme.test' });
		expect(accountOf(items)).toMatchObject({ id: 1, availability: 'busy' });
		expect(items[0].json).not.toHaveProperty('access_token');
		expect(JSON.stringify(items)).not.toContain(TOKENS.user);
	});

	test('Set Auto Offline: the account chosen in the node', async () => {
		const { items } = await run({ operation: 'setAutoOffline', profileAutoOffline: false, profileAccount: { __rl: true, mode: 'id', value: '1' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'POST', path: '/api/v1/profile/auto_offline', query: {}, body: { profile: { account_id: 1, auto_offline: false } }, status: 200, rejected: undefined },
		]);
		expect(accountOf(items)).toMatchObject({ id: 1, auto_offline: false });
		expect(items[0].json).not.toHaveProperty('access_token');
	});

	test("an account the user is not in: Chatwoot's 404", async () => {
		const { error, items } = await runNode({
			parameters: { resource: 'profile', operation: 'setAvailability', profileAvailability: 'online', profileAccount: { __rl: true, mode: 'id', value: '7' } } as never,
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(error?.message).toMatch(/^Chatwoot: /);
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
	});

	test.each([
		['an unknown availability', { operation: 'setAvailability', profileAvailability: '={{ "away" }}' }, /^Availability: must be one of online, busy, offline, got "away"/],
		['an account that is not an ID', { operation: 'setAutoOffline', profileAutoOffline: true, profileAccount: { __rl: true, mode: 'id', value: '={{ "acme" }}' } }, /^Account: must be a positive whole number, got "acme"/],
		['auto offline not a boolean', { operation: 'setAutoOffline', profileAutoOffline: '={{ "maybe" }}' }, /^Auto Offline: must be true or false, got "maybe"/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const { error, items } = await runNode({ parameters: { resource: 'profile', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
