/**
 * Platform: User, the seed operation Update first, through n8n-core's engine against the
 * spec-checking fake Chatwoot.
 */
import { expectedRequest, headersOf, jsonItems, outcomes, platformCredential, runner, summary, TOKENS, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'platformUser' }, platformCredential);

const USERS = '/platform/api/v1/users';

function update(updateFields: Record<string, unknown>, userId: unknown = 1) {
	return { operation: 'update', userId, platformUserUpdateFields: updateFields };
}

describe('Platform: User > Update', () => {
	test('updating only the email sends {"email": ...} and nothing else, with the token header', async () => {
		const { items } = await run(update({ email: 'alice.new@acme.test' }));
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', `${USERS}/1`, { email: 'alice.new@acme.test' })]);
		expect(ctx.fake.requests.map((r) => headersOf(r, 'api-access-token', 'content-type'))).toEqual([
			{ 'api-access-token': TOKENS.platform, 'content-type': expect.stringMatching(/^application\/json/) },
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Alice Admin', email: 'alice.new@acme.test' });
		expect(ctx.fake.state.users.find((u) => u.id === 1)?.email).toBe('alice.new@acme.test');
	});

	test('all fields, with custom attributes as JSON text and ID from an expression', async () => {
		const { items } = await run(
			update(
				{
					name: '={{ $json.name }}',
					display_name: 'Al',
					email: 'al@acme.test',
					password: 'N3w-Secret!',
					custom_attributes: '{"plan": "pro", "seats": 3}',
				},
				'={{ $json.id }}',
			),
			jsonItems({ id: 1, name: 'Alice A.' }),
		);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PUT', `${USERS}/1`, {
				name: 'Alice A.',
				display_name: 'Al',
				email: 'al@acme.test',
				password: 'N3w-Secret!',
				custom_attributes: { plan: 'pro', seats: 3 },
			}),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Alice A.', custom_attributes: { plan: 'pro', seats: 3 } });
	});

	test('fields added but left empty are not sent', async () => {
		const { items } = await run(update({ name: '', email: 'x@acme.test', custom_attributes: '' }));
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', `${USERS}/1`, { email: 'x@acme.test' })]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 1, name: 'Alice Admin', email: 'x@acme.test' })]);
	});

	test.each(['/', '/app', '/app/accounts/1/dashboard'])('a credential URL ending in %s still works', async (suffix) => {
		await run(update({ name: 'Alice' }), undefined, { credential: { ...platformCredential(ctx.fake), url: ctx.fake.url + suffix } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', `${USERS}/1`, { name: 'Alice' })]);
	});

	describe('bad input fails before any request, naming the field', () => {
		const cases: Array<[string, Record<string, unknown>, unknown, RegExp]> = [
			['User ID not a number', { name: 'A' }, 'abc', /^User ID: must be a positive whole number, got "abc"/],
			['User ID zero', { name: 'A' }, 0, /^User ID: must be a positive whole number/],
			['User ID negative', { name: 'A' }, -4, /^User ID: must be a positive whole number/],
			['User ID fractional', { name: 'A' }, 1.5, /^User ID: must be a positive whole number/],
			['email without @', { email: 'alice.acme.test' }, 1, /^Email: must be an email address/],
			['password too short', { password: 'Ab1!' }, 1, /^Password: must be 6 to 128 characters long/],
			['password too long', { password: `Ab1!${'x'.repeat(130)}` }, 1, /^Password: must be 6 to 128 characters long/],
			['password without uppercase', { password: 'secret1!' }, 1, /^Password: must contain at least one uppercase letter/],
			['password without lowercase', { password: 'SECRET1!' }, 1, /^Password: must contain at least one lowercase letter/],
			['password without digit', { password: 'Secret!!' }, 1, /^Password: must contain at least one digit/],
			['password without special character', { password: 'Secret12' }, 1, /^Password: must contain at least one special character/],
			['custom attributes not JSON', { custom_attributes: '{plan: pro}' }, 1, /^Custom Attributes: is not valid JSON/],
			['custom attributes an array', { custom_attributes: '[1,2]' }, 1, /^Custom Attributes: must be a JSON object, got an array/],
			['custom attributes a string', { custom_attributes: '"pro"' }, 1, /^Custom Attributes: must be a JSON object, got a string/],
			['no field added', {}, 1, /^Update Fields: add at least one field to update/],
			['the only field added came out blank', { name: '   ' }, 1, /^Update Fields: Name is blank, and blank fields are not sent, so nothing is left to update$/],
			['both fields added came out blank', { name: '', email: '' }, 1, /^Update Fields: Name and Email are blank, and blank fields are not sent/],
		];
		test.each(cases)('%s', async (_name, fields, userId, message) => {
			const error = await run.failure(update(fields, userId));
			expect(error.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});

		test('a blank field says what happened and what to do', async () => {
			const error = await run.failure(update({ name: '={{ "   " }}' }, 1));
			expect(error.message).toBe('Update Fields: Name is blank, and blank fields are not sent, so nothing is left to update');
			expect(error.description).toBe(
				'Name is added but came out empty (an expression that resolved to nothing?). Give it a value, or remove it from Update Fields.',
			);
			expect(ctx.fake.requests).toHaveLength(0);
		});

		test('with Continue On Fail the error item is a NodeOperationError', async () => {
			const { items } = await run.continuing(update({ password: 'weak' }));
			expect(items).toHaveLength(1);
			expect((items[0].error as Error).constructor.name).toBe('NodeOperationError');
			expect(items[0].json).toEqual({ error: 'Password: must be 6 to 128 characters long (it has 4)' });
			expect(ctx.fake.requests).toHaveLength(0);
		});

		test('the password itself never appears in the error', async () => {
			const error = await run.failure(update({ password: 'lowercaseonly1!' }));
			expect(JSON.stringify({ message: error.message, description: error.description })).not.toContain('lowercaseonly1!');
		});
	});

	describe("API errors carry Chatwoot's own text", () => {
		test('422: duplicate email', async () => {
			const error = await run.failure(update({ email: 'bob@acme.test' }));
			expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', `${USERS}/1`, { email: 'bob@acme.test' }, {}, 422)]);
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toBe('Chatwoot: Email has already been taken');
			expect(error.description).toBe('Chatwoot rejected these fields: email.');
			expect(error.httpCode).toBe('422');
		});

		test('404: names the ID that was not found', async () => {
			const error = await run.failure(update({ name: 'Ghost' }, 999));
			expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', `${USERS}/999`, { name: 'Ghost' }, {}, 404)]);
			expect(error.httpCode).toBe('404');
			expect(error.description).toContain('User ID 999');
		});

		test('401: a user token on a platform endpoint points at the token kind', async () => {
			const error = await run.failure(update({ name: 'A' }), undefined, { credential: { url: ctx.fake.url, accessToken: TOKENS.user, kind: 'user' } });
			expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PUT', `${USERS}/1`, { name: 'A' }, {}, 401)]);
			expect(error.httpCode).toBe('401');
			expect(error.message).toMatch(/^Chatwoot: /);
			expect(error.description).toContain('needs a Platform App token');
		});

		test('the access token appears in no error, output or message', async () => {
			const { items, run: execution } = await run.continuing(update({ email: 'bob@acme.test' }), jsonItems({}, {}));
			const everything = JSON.stringify({ items, execution, errors: items.map((i) => ({ ...(i.error ?? {}), message: i.error?.message, stack: i.error?.stack })) });
			expect(everything).not.toContain(TOKENS.platform);
		});
	});

	test('Continue On Fail: N items in, N items out, in order, errors where they failed', async () => {
		const { items } = await run.continuing(
			update({ email: '={{ $json.email }}' }, '={{ $json.id }}'),
			jsonItems(
				{ id: 1, email: 'one@acme.test' },
				{ id: 'nope', email: 'two@acme.test' },
				{ id: 999, email: 'three@acme.test' },
				{ id: 1, email: 'bob@acme.test' },
				{ id: 1, email: 'alice2@acme.test' },
			),
		);
		expect(outcomes(items)).toEqual([
			expect.objectContaining({ id: 1, email: 'one@acme.test' }),
			'error: User ID: must be a positive whole number, got "nope"',
			'error: Chatwoot: Not Found',
			'error: Chatwoot: Email has already been taken',
			expect.objectContaining({ id: 1, email: 'alice2@acme.test' }),
		]);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PUT', `${USERS}/1`, { email: 'one@acme.test' }),
			expectedRequest('PUT', `${USERS}/999`, { email: 'three@acme.test' }, {}, 404),
			expectedRequest('PUT', `${USERS}/1`, { email: 'bob@acme.test' }, {}, 422),
			expectedRequest('PUT', `${USERS}/1`, { email: 'alice2@acme.test' }),
		]);
	});
});

describe('Platform: User', () => {
	test('Create, Get, Get SSO Link, Delete', async () => {
		const user = { name: 'Dave', email: 'dave@acme.test', password: 'Sup3r-secret', custom_attributes: { team: 'blue' } };
		const created = await run({
			operation: 'create',
			platformUserName: user.name,
			platformUserEmail: user.email,
			password: user.password,
			platformUserAdditionalFields: { custom_attributes: '{"team": "blue"}' },
		});
		const id = created.items[0].json.id as number;
		expect(created.items.map((i) => i.json)).toEqual([expect.objectContaining({ id, name: 'Dave', email: 'dave@acme.test', custom_attributes: { team: 'blue' } })]);

		const got = await run({ operation: 'get', userId: id });
		expect(got.items.map((i) => i.json)).toEqual([expect.objectContaining({ id, email: 'dave@acme.test' })]);

		const link = await run({ operation: 'getSsoLink', userId: id });
		expect(link.items.map((i) => i.json)).toEqual([{ url: expect.stringMatching(/\/app\/login\?email=dave%40acme\.test&sso_auth_token=/) }]);

		const deleted = await run({ operation: 'delete', userId: id });
		expect(deleted.items.map((i) => i.json)).toEqual([{ success: true }]);

		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', USERS, user),
			expectedRequest('GET', `${USERS}/${id}`),
			expectedRequest('GET', `${USERS}/${id}/login`),
			expectedRequest('DELETE', `${USERS}/${id}`),
		]);
	});

	test('Create with a password Chatwoot would refuse fails before the request, naming the rule', async () => {
		const error = await run.failure({ operation: 'create', platformUserName: 'E', platformUserEmail: 'e@acme.test', password: 'password1!' });
		expect(error.message).toBe('Password: must contain at least one uppercase letter');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Platform: User > Get Access Token', () => {
	test('answers with the token and the user', async () => {
		const user = ctx.fake.state.users.find((u) => u.id === 1)!;
		const { items } = await run({ operation: 'getAccessToken', userId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${USERS}/1/token`)]);
		expect(items.map((i) => i.json)).toEqual([
			{
				access_token: user.access_token,
				expiry: null,
				user: { id: 1, name: 'Alice Admin', display_name: null, email: 'alice@acme.test', pubsub_token: user.pubsub_token },
			},
		]);
	});

	test('bad input: a user ID that is not a whole number fails before any request', async () => {
		const error = await run.failure({ operation: 'getAccessToken', userId: 1.5 });
		expect(error.message).toMatch(/^User ID: must be a positive whole number, got 1\.5/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
