/** Platform: Agent Bot, with a platform app token, through n8n-core's engine against the fake. */
import { expectedRequest, platformCredential, runner, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'platformAgentBot' }, platformCredential);

const BOTS = '/platform/api/v1/agent_bots';

describe('Platform: Agent Bot', () => {
	test('Create, Get, Update, Get Many, Delete', async () => {
		const bot = { name: 'Night Shift', description: 'Answers at night', outgoing_url: 'https://bots.example.test/night', account_id: 1 };
		const { name, ...additionalFields } = bot;
		const created = await run({ operation: 'create', platformAgentBotName: name, platformAgentBotAdditionalFields: additionalFields });
		const id = created.items[0].json.id as number;
		expect(created.items.map((i) => i.json)).toEqual([expect.objectContaining({ id, name: 'Night Shift', outgoing_url: 'https://bots.example.test/night' })]);

		const got = await run({ operation: 'get', agentBotId: id });
		expect(got.items.map((i) => i.json.name)).toEqual(['Night Shift']);

		const updated = await run({ operation: 'update', agentBotId: id, platformAgentBotUpdateFields: { name: 'Day Shift' } });
		expect(updated.items.map((i) => i.json.name)).toEqual(['Day Shift']);

		const listed = await run({ operation: 'getAll', platformAgentBotReturnAll: true });
		expect(listed.items.map((i) => i.json.name)).toContain('Day Shift');

		const deleted = await run({ operation: 'delete', agentBotId: id });
		expect(deleted.items.map((i) => i.json)).toEqual([{ success: true }]);

		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', BOTS, bot),
			expectedRequest('GET', `${BOTS}/${id}`),
			expectedRequest('PATCH', `${BOTS}/${id}`, { name: 'Day Shift' }),
			expectedRequest('GET', BOTS),
			expectedRequest('DELETE', `${BOTS}/${id}`),
		]);
	});

	test('bad input: an outgoing URL that is not a URL', async () => {
		const error = await run.failure({ operation: 'create', platformAgentBotName: 'B', platformAgentBotAdditionalFields: { outgoing_url: 'ftp:/x' } });
		expect(error.message).toMatch(/^Outgoing URL: must be an http\(s\) URL/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

describe('Platform: Agent Bot > Delete Avatar', () => {
	test('answers with the bot', async () => {
		const { items } = await run({ operation: 'deleteAvatar', agentBotId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/platform/api/v1/agent_bots/1/avatar')]);
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: 1, name: 'Acme Helper', thumbnail: '' })]);
	});
});
