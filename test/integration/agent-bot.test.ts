/** Agent Bot (account bots): every operation, its locator list, bad input. */
import { runNode } from '../helpers/engine';
import { byId, expectAllAccepted, locatorValue, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

describe('Agent Bot', () => {
	test('Create sends the name and the additional fields added, bot config as an object', async () => {
		const { items, error } = await runNode({
			parameters: {
				resource: 'agentBot',
				operation: 'create',
				agentBotName: 'Order Bot',
				agentBotAdditionalFields: {
					description: 'Answers order questions',
					outgoing_url: 'https://bots.acme.test/orders',
					bot_type: 0,
					bot_config: '{"model": "small"}',
					avatar_url: '',
				},
			},
			credential: userCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'POST',
			path: '/api/v1/accounts/1/agent_bots',
			query: {},
			body: {
				name: 'Order Bot',
				description: 'Answers order questions',
				outgoing_url: 'https://bots.acme.test/orders',
				bot_type: 0,
				bot_config: { model: 'small' },
			},
			status: 200,
			rejected: undefined,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Order Bot', outgoing_url: 'https://bots.acme.test/orders', account_id: 1 });
	});

	test('Get Many: one item per bot, Limit cuts the list', async () => {
		const all = await runNode({
			parameters: { resource: 'agentBot', operation: 'getAll', agentBotReturnAll: true },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toMatchObject({ method: 'GET', path: '/api/v1/accounts/1/agent_bots', query: {}, status: 200 });
		expect(all.items.map((i) => i.json.name)).toEqual(['Acme Helper', 'Triage Bot']);

		const one = await runNode({
			parameters: { resource: 'agentBot', operation: 'getAll', agentBotReturnAll: false, agentBotLimit: 1 },
			credential: userCredential(ctx.fake),
		});
		expect(one.items.map((i) => i.json.name)).toEqual(['Acme Helper']);
	});

	test('Get by ID', async () => {
		const { items } = await runNode({
			parameters: { resource: 'agentBot', operation: 'get', agentBot: byId('2') },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toMatchObject({ method: 'GET', path: '/api/v1/accounts/1/agent_bots/2', query: {}, status: 200 });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, name: 'Triage Bot' });
	});

	test('Update sends only the fields added', async () => {
		const { items } = await runNode({
			parameters: { resource: 'agentBot', operation: 'update', agentBot: locatorValue(2, 'list'), agentBotUpdateFields: { name: 'Triage', outgoing_url: 'https://bots.acme.test/v2' } },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'PATCH',
			path: '/api/v1/accounts/1/agent_bots/2',
			query: {},
			body: { name: 'Triage', outgoing_url: 'https://bots.acme.test/v2' },
			status: 200,
			rejected: undefined,
		});
		expect(items[0].json).toMatchObject({ id: 2, name: 'Triage', outgoing_url: 'https://bots.acme.test/v2' });
	});

	test('Delete', async () => {
		const { items } = await runNode({
			parameters: { resource: 'agentBot', operation: 'delete', agentBot: byId('2') },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toMatchObject({ method: 'DELETE', path: '/api/v1/accounts/1/agent_bots/2', query: {}, status: 200 });
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.agentBots.map((b) => b.id)).toEqual([1]);
	});

	test('bad input fails before any request, naming the field', async () => {
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			// the editor refuses a typed non-number; an expression can still produce one
			[{ operation: 'get', agentBot: byId('={{ "abc" }}') }, /^Agent Bot: must be a positive whole number, got "abc"/],
			[{ operation: 'create', agentBotName: '  ' }, /^Name: is required/],
			[{ operation: 'create', agentBotName: 'Bot', agentBotAdditionalFields: { outgoing_url: 'bots.acme.test' } }, /^Outgoing URL: must be an http\(s\) URL/],
			[{ operation: 'update', agentBot: byId('1'), agentBotUpdateFields: { bot_config: '{oops' } }, /^Bot Config: is not valid JSON/],
		];
		for (const [parameters, message] of cases) {
			const { error, items } = await runNode({
				parameters: { resource: 'agentBot', ...parameters },
				credential: userCredential(ctx.fake),
			});
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
		}
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
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/accounts/1/agent_bots', 'GET /api/v1/accounts/1/agent_bots']);
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
