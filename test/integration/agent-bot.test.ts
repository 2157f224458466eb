/** Agent Bot (account bots): every operation, its locator list, bad input. */
import { runNode } from '../helpers/engine';
import { byId, expectAllAccepted, expectedRequest, locatorValue, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'agentBot' });

describe('Agent Bot', () => {
	test('Create sends the name and the additional fields added, bot config as an object', async () => {
		const { items } = await run({
			operation: 'create',
			agentBotName: 'Order Bot',
			agentBotAdditionalFields: {
				description: 'Answers order questions',
				outgoing_url: 'https://bots.acme.test/orders',
				bot_type: 0,
				bot_config: '{"model": "small"}',
				avatar_url: '',
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/agent_bots', {
				name: 'Order Bot',
				description: 'Answers order questions',
				outgoing_url: 'https://bots.acme.test/orders',
				bot_type: 0,
				bot_config: { model: 'small' },
			}),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Order Bot', outgoing_url: 'https://bots.acme.test/orders', account_id: 1 });
	});

	test('Get Many: one item per bot, Limit cuts the list', async () => {
		const all = await run({ operation: 'getAll', agentBotReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/agent_bots')]);
		expect(all.items.map((i) => i.json.name)).toEqual(['Acme Helper', 'Triage Bot']);

		const one = await run({ operation: 'getAll', agentBotReturnAll: false, agentBotLimit: 1 });
		expect(one.items.map((i) => i.json.name)).toEqual(['Acme Helper']);
	});

	test('Get by ID', async () => {
		const { items } = await run({ operation: 'get', agentBot: byId('2') });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/agent_bots/2')]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, name: 'Triage Bot' });
	});

	test('Update sends only the fields added', async () => {
		const { items } = await run({
			operation: 'update',
			agentBot: locatorValue(2, 'list'),
			agentBotUpdateFields: { name: 'Triage', outgoing_url: 'https://bots.acme.test/v2' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', '/api/v1/accounts/1/agent_bots/2', { name: 'Triage', outgoing_url: 'https://bots.acme.test/v2' }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, name: 'Triage', outgoing_url: 'https://bots.acme.test/v2' });
	});

	test('Delete', async () => {
		const { items } = await run({ operation: 'delete', agentBot: byId('2') });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/agent_bots/2')]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.agentBots.map((b) => b.id)).toEqual([1]);
	});

	test.each<[string, Record<string, unknown>, RegExp]>([
		// the editor refuses a typed non-number; an expression can still produce one
		['a bot ID that is not a number', { operation: 'get', agentBot: byId('={{ "abc" }}') }, /^Agent Bot: must be a positive whole number, got "abc"/],
		['a blank name', { operation: 'create', agentBotName: '  ' }, /^Name: is required/],
		['an outgoing URL without scheme', { operation: 'create', agentBotName: 'Bot', agentBotAdditionalFields: { outgoing_url: 'bots.acme.test' } }, /^Outgoing URL: must be an http\(s\) URL/],
		['a bot config that is not JSON', { operation: 'update', agentBot: byId('1'), agentBotUpdateFields: { bot_config: '{oops' } }, /^Bot Config: is not valid JSON/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const error = await run.failure(parameters);
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('the Agent Bot list offers the bots of the account, searchable by name', async () => {
		const all = await searchList('getAgentBots', userCredential(ctx.fake));
		expect(all.results).toEqual([
			{ name: 'Acme Helper', value: 1, url: undefined },
			{ name: 'Triage Bot', value: 2, url: undefined },
		]);
		const found = await searchList('getAgentBots', userCredential(ctx.fake), { filter: 'tria' });
		expect(found.results.map((r) => r.value)).toEqual([2]);
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual(Array(2).fill(expectedRequest('GET', '/api/v1/accounts/1/agent_bots')));
	});
});

describe('Agent Bot extras: Delete Avatar, Reset Access Token, Reset Secret', () => {
	const run = async (operation: string) => {
		const result = await runNode({ parameters: { resource: 'agentBot', operation, agentBot: byId(2) }, credential: userCredential(ctx.fake) });
		expect(result.error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		return result.items.map((i) => i.json);
	};
	const bot = () => ctx.fake.state.agentBots.find((b) => b.id === 2)!;

	test('each answers with the bot, the new token or secret included', async () => {
		// bots have a secret (shown to administrators) from 4.13.0 on
		ctx.fake.state.server.version = '4.15.1';
		const before = { token: bot().access_token, secret: bot().secret };
		const noAvatar = await run('deleteAvatar');
		const newToken = await run('resetAccessToken');
		const newSecret = await run('resetSecret');
		expect(ctx.fake.requests.map(summary)).toEqual(
			['DELETE /avatar', 'POST /reset_access_token', 'POST /reset_secret'].map((route) => {
				const [method, tail] = route.split(' ');
				return { method, path: `/api/v1/accounts/1/agent_bots/2${tail}`, query: {}, body: undefined, status: 200, rejected: undefined };
			}),
		);
		expect(noAvatar).toEqual([expect.objectContaining({ id: 2, name: 'Triage Bot', thumbnail: '', secret: before.secret })]);
		expect(bot().access_token).not.toBe(before.token);
		expect(newToken).toEqual([expect.objectContaining({ id: 2, access_token: expect.objectContaining({ token: bot().access_token }) })]);
		expect(bot().secret).not.toBe(before.secret);
		expect(newSecret).toEqual([expect.objectContaining({ id: 2, secret: bot().secret })]);
	});

	test('an unknown bot: 404 with Chatwoot\'s message, nothing changed', async () => {
		const { error } = await runNode({ parameters: { resource: 'agentBot', operation: 'resetSecret', agentBot: byId(99) }, credential: userCredential(ctx.fake) });
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
		expect(error?.message).toBe('Chatwoot: Resource could not be found');
	});
});
