/**
 * Label resource, the Account field (credential default or a picked account) and the
 * account and label searchable lists.
 */
import { runNode } from '../helpers/engine';
import { expectAllAccepted, summary, useFakeChatwoot, userCredential } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

async function run(parameters: Record<string, unknown>, credential = userCredential(ctx.fake)) {
	const result = await runNode({ parameters: parameters as never, credential });
	expectAllAccepted(ctx.fake);
	return result;
}

function addSecondAccount() {
	const { state } = ctx.fake;
	const acme = state.accounts[0];
	const globex = { ...acme, id: 2, name: 'Globex' };
	state.accounts.push(globex);
	const membership = state.accountUsers.find((au) => au.user_id === 1 && au.account_id === 1)!;
	state.accountUsers.push({ ...membership, id: 99, account_id: 2, role: 'agent' });
	state.labels.push({ ...state.labels[0], id: 50, account_id: 2, title: 'globex-only' });
}

describe('Label', () => {
	test('Create sends the title and only the added fields; Get, Update, Delete by locator', async () => {
		const created = await run({
			resource: 'label',
			operation: 'create',
			labelTitle: 'priority-support',
			labelAdditionalFields: { description: 'Customers on the premium plan', show_on_sidebar: false },
		});
		expect(summary(ctx.fake.requests[0])).toMatchObject({
			method: 'POST',
			path: '/api/v1/accounts/1/labels',
			body: { title: 'priority-support', description: 'Customers on the premium plan', show_on_sidebar: false },
		});
		const id = created.items[0].json.id as number;
		expect(created.items[0].json).toMatchObject({ id, title: 'priority-support', show_on_sidebar: false });

		const got = await run({ resource: 'label', operation: 'get', label: { __rl: true, mode: 'id', value: String(id) } });
		expect(summary(ctx.fake.requests[1])).toMatchObject({ method: 'GET', path: `/api/v1/accounts/1/labels/${id}` });
		expect(got.items[0].json.title).toBe('priority-support');

		const updated = await run({
			resource: 'label',
			operation: 'update',
			label: { __rl: true, mode: 'list', value: id },
			labelUpdateFields: { color: '#ff0000' },
		});
		expect(summary(ctx.fake.requests[2])).toMatchObject({ method: 'PATCH', path: `/api/v1/accounts/1/labels/${id}`, body: { color: '#ff0000' } });
		expect(updated.items[0].json.color).toBe('#ff0000');

		const deleted = await run({ resource: 'label', operation: 'delete', label: { __rl: true, mode: 'id', value: ` ${id} ` } });
		expect(summary(ctx.fake.requests[3])).toMatchObject({ method: 'DELETE', path: `/api/v1/accounts/1/labels/${id}`, status: 200 });
		expect(deleted.items[0].json).toEqual({ success: true });
	});

	test('Get Many: one item per label, Limit cuts', async () => {
		const all = await run({ resource: 'label', operation: 'getAll', labelReturnAll: true });
		expect(summary(ctx.fake.requests[0])).toMatchObject({ method: 'GET', path: '/api/v1/accounts/1/labels', query: {} });
		expect(all.items.map((i) => i.json.title)).toEqual(['billing', 'vip', 'bug']);
		const two = await run({ resource: 'label', operation: 'getAll', labelLimit: 2 });
		expect(two.items).toHaveLength(2);
	});

	test('bad input: a typed label ID that is not a number stops the run before it starts', async () => {
		// n8n itself checks the By ID mode's pattern before running anything.
		await expect(
			runNode({
				parameters: { resource: 'label', operation: 'get', label: { __rl: true, mode: 'id', value: 'vip' } } as never,
				credential: userCredential(ctx.fake),
			}),
		).rejects.toThrow(/Not a valid label ID \(digits only\)/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('bad input: a label ID from an expression that is not a number fails before any request', async () => {
		const { error } = await runNode({
			parameters: { resource: 'label', operation: 'get', label: { __rl: true, mode: 'id', value: '={{ $json.label }}' } } as never,
			credential: userCredential(ctx.fake),
			items: [{ label: 'vip' }],
		});
		expect(error?.message).toBe('Label: must be a positive whole number, got "vip"');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Account: the credential default, or the Account field', () => {
	test('without an Account the credential Account ID is used', async () => {
		await run({ resource: 'label', operation: 'getAll', labelReturnAll: true }, { ...userCredential(ctx.fake), accountId: 1 });
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['/api/v1/accounts/1/labels']);
	});

	test('a picked Account overrides it, by list value, ID or dashboard URL', async () => {
		addSecondAccount();
		for (const account of [
			{ __rl: true, mode: 'list', value: 2 },
			{ __rl: true, mode: 'id', value: '2' },
			{ __rl: true, mode: 'url', value: 'https://chat.example.com/app/accounts/2/dashboard' },
		]) {
			ctx.fake.requests.length = 0;
			const { items } = await run({ resource: 'label', operation: 'getAll', labelReturnAll: true, account });
			expect(ctx.fake.requests.map((r) => r.path)).toEqual(['/api/v1/accounts/2/labels']);
			expect(items.map((i) => i.json.title)).toEqual(['globex-only']);
		}
	});

	test('an empty credential Account ID and no Account field is a clear error', async () => {
		const { error } = await runNode({
			parameters: { resource: 'label', operation: 'getAll', labelReturnAll: true } as never,
			credential: { ...userCredential(ctx.fake), accountId: '' as never },
		});
		expect(error?.message).toBe('Account: no account chosen and the credential has no default Account ID');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('searchable lists', () => {
	test("getAccounts lists the accounts of the token's user from the profile, filtered by the text", async () => {
		addSecondAccount();
		const all = await searchList('getAccounts', userCredential(ctx.fake));
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/profile']);
		expect(all.results).toEqual([
			{ name: 'Acme (administrator)', value: 1, url: `${ctx.fake.url}/app/accounts/1/dashboard` },
			{ name: 'Globex (agent)', value: 2, url: `${ctx.fake.url}/app/accounts/2/dashboard` },
		]);
		const filtered = await searchList('getAccounts', userCredential(ctx.fake), { filter: 'glob' });
		expect(filtered.results.map((r) => r.value)).toEqual([2]);
	});

	test('getLabels lists the labels of the chosen account, filtered by the text', async () => {
		const { results } = await searchList('getLabels', userCredential(ctx.fake), { filter: 'vi' });
		expectAllAccepted(ctx.fake);
		expect(results).toEqual([{ name: 'vip', value: 2, url: `${ctx.fake.url}/app/accounts/1/labels/vip/conversations` }]);
		addSecondAccount();
		const other = await searchList('getLabels', userCredential(ctx.fake), { parameters: { account: { __rl: true, mode: 'id', value: '2' } } });
		expect(other.results.map((r) => r.name)).toEqual(['globex-only']);
	});
});
