/**
 * The Account field is read by one resolver everywhere: the action node's operations, its
 * searchable lists and label list, and the trigger. A bad ID, or no account at all, is an error
 * naming the field before any request, never a guessed account.
 */
import type { ILoadOptionsFunctions, INodeParameterResourceLocator, INodePropertyOptions } from 'n8n-workflow';
import * as path from 'node:path';
import { chatWootNode, runNode } from '../helpers/engine';
import { addSecondAccount, byId, expectedRequest, locatorValue, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { loadOptionsContext, searchList } from '../helpers/loadOptions';
import { hookContext } from '../helpers/triggerContext';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ChatWootTrigger } = require(path.resolve(__dirname, '../../dist/nodes/ChatWootTrigger/ChatWootTrigger.node.js'));
const triggerLifecycle = new ChatWootTrigger().webhookMethods.default;

const ctx = useFakeChatwoot();
const noDefaultAccount = () => ({ ...userCredential(ctx.fake), accountId: undefined });
const labelTitles = chatWootNode.methods?.loadOptions?.getLabelTitles as (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

const asExpression = (account: INodeParameterResourceLocator) =>
	account.value === '' ? account : { ...account, value: `={{ ${JSON.stringify(account.value)} }}` };

const NOT_AN_ID = /^Account: must be a positive whole number, got "abc"$/;
const NO_ACCOUNT = /^Account: no account chosen and the credential has no default Account ID$/;

describe.each([
	['an operation', async (credential = userCredential(ctx.fake), account?: INodeParameterResourceLocator) =>
		// the operation gets the ID from an expression: the editor refuses a typed "abc"
		(await runNode({ parameters: { resource: 'inbox', operation: 'getAll', returnAll: true, ...(account ? { account: asExpression(account) } : {}) } as never, credential })).error],
	['a searchable list', async (credential = userCredential(ctx.fake), account?: INodeParameterResourceLocator) =>
		searchList('getInboxes', credential, { parameters: account ? { account } : {} }).then(() => undefined, (error: Error) => error)],
	['the label list', async (credential = userCredential(ctx.fake), account?: INodeParameterResourceLocator) =>
		labelTitles.call(loadOptionsContext(credential, account ? { account } : {})).then(() => undefined, (error: Error) => error)],
	['the trigger', async (credential = userCredential(ctx.fake), account?: INodeParameterResourceLocator) =>
		triggerLifecycle.checkExists
			.call(hookContext({ credential, parameters: { events: ['message_created'], options: {}, ...(account ? { account } : {}) }, staticData: {} }))
			.then(() => undefined, (error: Error) => error)],
])('the Account of %s', (_where, attempt) => {
	test('an ID that is not a number fails before any request', async () => {
		const error = await attempt(userCredential(ctx.fake), byId('abc'));
		expect(error?.message).toMatch(NOT_AN_ID);
		expect(ctx.fake.requests).toEqual([]);
	});

	test('no Account and no Account ID in the credential fails before any request, instead of using account 1', async () => {
		const error = await attempt(noDefaultAccount());
		expect(error?.message).toMatch(NO_ACCOUNT);
		expect(error?.description).toBe('Set Account ID in the ChatWoot API credential, or pick an Account in this node.');
		expect(ctx.fake.requests).toEqual([]);
	});

	test("an empty Account uses the credential's Account ID", async () => {
		expect(await attempt(userCredential(ctx.fake, 1), locatorValue('', 'list'))).toBeUndefined();
		expect(ctx.fake.requests.map(summary)[0]).toMatchObject({ path: expect.stringMatching(/^\/api\/v1\/accounts\/1\//), status: 200 });
	});
});

test('the trigger registers no webhook in an account it could not name', async () => {
	const error = await triggerLifecycle.create
		.call(hookContext({ credential: noDefaultAccount(), parameters: { events: ['message_created'], options: {} }, staticData: {} }))
		.catch((e: Error) => e);
	expect(error.message).toMatch(NO_ACCOUNT);
	expect(ctx.fake.requests).toEqual([]);
});

describe('Account: the credential default, or the Account field', () => {
	const labels = runner(ctx, { resource: 'label', operation: 'getAll', labelReturnAll: true });

	test('without an Account the credential Account ID is used', async () => {
		const { items } = await labels({}, undefined, { credential: userCredential(ctx.fake, 1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/labels')]);
		expect(items.map((i) => i.json.title)).toEqual(['billing', 'vip', 'bug']);
	});

	test.each([
		['list value', locatorValue(2, 'list')],
		['ID', byId('2')],
		['dashboard URL', locatorValue('https://chat.example.com/app/accounts/2/dashboard', 'url')],
	])('a picked Account overrides it, by %s', async (_mode, account) => {
		addSecondAccount(ctx.fake);
		const { items } = await labels({ account });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/2/labels')]);
		expect(items.map((i) => i.json.title)).toEqual(['globex-only']);
	});

	test('an empty credential Account ID and no Account field is a clear error', async () => {
		const error = await labels.failure({}, undefined, { credential: { ...userCredential(ctx.fake), accountId: '' as never } });
		expect(error.message).toBe('Account: no account chosen and the credential has no default Account ID');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

test("the Account list: the accounts of the token's user from the profile, filtered by the text", async () => {
	addSecondAccount(ctx.fake);
	const all = await searchList('getAccounts', userCredential(ctx.fake));
	expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/profile')]);
	expect(all.results).toEqual([
		{ name: 'Acme (administrator)', value: 1, url: `${ctx.fake.url}/app/accounts/1/dashboard` },
		{ name: 'Globex (agent)', value: 2, url: `${ctx.fake.url}/app/accounts/2/dashboard` },
	]);
	const filtered = await searchList('getAccounts', userCredential(ctx.fake), { filter: 'glob' });
	expect(filtered.results.map((r) => r.value)).toEqual([2]);
});
