/**
 * The seed operation, Platform > User > Update, and the rest of Platform > User, through
 * n8n-core's engine against the spec-checking fake Chatwoot.
 */
import { runNode } from '../helpers/engine';
import { expectAllAccepted, platformCredential, summary, TOKENS, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

function update(updateFields: Record<string, unknown>, userId: unknown = 1) {
	return { resource: 'platformUser', operation: 'update', userId, platformUserUpdateFields: updateFields } as never;
}

describe('Platform > User > Update', () => {
	test('updating only the email sends {"email": ...} and nothing else, with the token header', async () => {
		const { items, error } = await runNode({
			parameters: update({ email: 'alice.new@acme.test' }),
			credential: platformCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expect(ctx.fake.requests).toHaveLength(1);
		const [request] = ctx.fake.requests;
		expect(summary(request)).toEqual({
			method: 'PUT',
			path: '/platform/api/v1/users/1',
			query: {},
			body: { email: 'alice.new@acme.test' },
			status: 200,
			rejected: undefined,
		});
		expect(request.headers['api-access-token']).toBe(TOKENS.platform);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Alice Admin', email: 'alice.new@acme.test' });
		expect(ctx.fake.state.users.find((u) => u.id === 1)?.email).toBe('alice.new@acme.test');
	});

	test('all fields, with custom attributes as JSON text and ID from an expression', async () => {
		const { items } = await runNode({
			parameters: update(
				{
					name: '={{ $json.name }}',
					display_name: 'Al',
					email: 'al@acme.test',
					password: 'N3w-Secret!',
					custom_attributes: '{"plan": "pro", "seats": 3}',
				},
				'={{ $json.id }}',
			),
			credential: platformCredential(ctx.fake),
			items: [{ id: 1, name: 'Alice A.' }],
		});
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests[0].body).toEqual({
			name: 'Alice A.',
			display_name: 'Al',
			email: 'al@acme.test',
			password: 'N3w-Secret!',
			custom_attributes: { plan: 'pro', seats: 3 },
		});
		expect(items[0].json).toMatchObject({ id: 1, name: 'Alice A.', custom_attributes: { plan: 'pro', seats: 3 } });
	});

	test('fields added but left empty are not sent', async () => {
		await runNode({
			parameters: update({ name: '', email: 'x@acme.test', custom_attributes: '' }),
			credential: platformCredential(ctx.fake),
		});
		expect(ctx.fake.requests[0].body).toEqual({ email: 'x@acme.test' });
	});

	test('a credential URL with a trailing slash or the /app suffix still works', async () => {
		for (const suffix of ['/', '/app', '/app/accounts/1/dashboard']) {
			ctx.fake.reset();
			const { error } = await runNode({
				parameters: update({ name: 'Alice' }),
				credential: { ...platformCredential(ctx.fake), url: ctx.fake.url + suffix },
			});
			expect(error).toBeUndefined();
			expect(ctx.fake.requests.map((r) => r.path)).toEqual(['/platform/api/v1/users/1']);
		}
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
			const { error, items } = await runNode({
				parameters: update(fields, userId),
				credential: platformCredential(ctx.fake),
			});
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});

		test('a blank field says what happened and what to do', async () => {
			const { error } = await runNode({
				parameters: update({ name: '={{ "   " }}' }, 1),
				credential: platformCredential(ctx.fake),
			});
			expect(error?.message).toBe('Update Fields: Name is blank, and blank fields are not sent, so nothing is left to update');
			expect(error?.description).toBe(
				'Name is added but came out empty (an expression that resolved to nothing?). Give it a value, or remove it from Update Fields.',
			);
			expect(ctx.fake.requests).toHaveLength(0);
		});

		test('with Continue On Fail the error item is a NodeOperationError', async () => {
			const { items } = await runNode({
				parameters: update({ password: 'weak' }),
				credential: platformCredential(ctx.fake),
				continueOnFail: true,
			});
			expect(items).toHaveLength(1);
			expect((items[0].error as Error).constructor.name).toBe('NodeOperationError');
			expect(items[0].json).toEqual({ error: 'Password: must be 6 to 128 characters long (it has 4)' });
			expect(ctx.fake.requests).toHaveLength(0);
		});

		test('the password itself never appears in the error', async () => {
			const { error } = await runNode({
				parameters: update({ password: 'lowercaseonly1!' }),
				credential: platformCredential(ctx.fake),
			});
			expect(JSON.stringify({ message: error?.message, description: error?.description })).not.toContain('lowercaseonly1!');
		});
	});

	describe("API errors carry Chatwoot's own text", () => {
		test('422: duplicate email', async () => {
			const { error } = await runNode({
				parameters: update({ email: 'bob@acme.test' }),
				credential: platformCredential(ctx.fake),
			});
			expect(error?.name).toBe('NodeApiError');
			expect(error?.message).toBe('Chatwoot: Email has already been taken');
			expect(error?.description).toBe('Chatwoot rejected these fields: email.');
			expect(error?.httpCode).toBe('422');
		});

		test('404: names the ID that was not found', async () => {
			const { error } = await runNode({
				parameters: update({ name: 'Ghost' }, 999),
				credential: platformCredential(ctx.fake),
			});
			expect(error?.httpCode).toBe('404');
			expect(error?.description).toContain('User ID 999');
		});

		test('401: a user token on a platform endpoint points at the token kind', async () => {
			const { error } = await runNode({
				parameters: update({ name: 'A' }),
				credential: { url: ctx.fake.url, accessToken: TOKENS.user, kind: 'user' },
			});
			expect(error?.httpCode).toBe('401');
			expect(error?.message).toMatch(/^Chatwoot: /);
			expect(error?.description).toContain('needs a Platform App token');
		});

		test('the access token appears in no error, output or message', async () => {
			const { error, items, run } = await runNode({
				parameters: update({ email: 'bob@acme.test' }),
				credential: platformCredential(ctx.fake),
				items: [{}, {}],
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			const everything = JSON.stringify({ items, run, errors: items.map((i) => ({ ...(i.error ?? {}), message: i.error?.message, stack: i.error?.stack })) });
			expect(everything).not.toContain(TOKENS.platform);
		});
	});

	test('Continue On Fail: N items in, N items out, in order, errors where they failed', async () => {
		const { items, error } = await runNode({
			parameters: update({ email: '={{ $json.email }}' }, '={{ $json.id }}'),
			credential: platformCredential(ctx.fake),
			continueOnFail: true,
			items: [
				{ id: 1, email: 'one@acme.test' },
				{ id: 'nope', email: 'two@acme.test' },
				{ id: 999, email: 'three@acme.test' },
				{ id: 1, email: 'bob@acme.test' },
				{ id: 1, email: 'alice2@acme.test' },
			],
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => (item.error ? `error: ${item.error.message}` : item.json.email))).toEqual([
			'one@acme.test',
			'error: User ID: must be a positive whole number, got "nope"',
			'error: Chatwoot: Not Found',
			'error: Chatwoot: Email has already been taken',
			'alice2@acme.test',
		]);
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'PUT /platform/api/v1/users/1 200',
			'PUT /platform/api/v1/users/999 404',
			'PUT /platform/api/v1/users/1 422',
			'PUT /platform/api/v1/users/1 200',
		]);
	});
});
