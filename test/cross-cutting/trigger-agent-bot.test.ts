/**
 * ChatWoot Trigger, Source "Agent Bot": the bot's outgoing_url lifecycle against the fake
 * Chatwoot (point at the workflow, move, give back), signatures with the bot's secret, and the
 * Filters of both sources.
 */
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import * as path from 'node:path';
import { hookContext, webhookContext, type TriggerSetup } from '../helpers/triggerContext';
import { useFakeChatwoot, userCredential, expectAllAccepted } from '../helpers/fake';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ChatWootTrigger } = require(path.resolve(__dirname, '../../dist/nodes/ChatWootTrigger/ChatWootTrigger.node.js'));
const trigger = new ChatWootTrigger();
const lifecycle = trigger.webhookMethods.default;

const ctx = useFakeChatwoot();
const WEBHOOK_URL = 'http://127.0.0.1:5678/webhook/b07/webhook';
const NEW_URL = 'https://n8n.example.com/webhook/b07/webhook';
const HELPER_URL = 'https://bots.acme.test/helper';
const BOT = '/api/v1/accounts/1/agent_bots/1';

beforeEach(() => {
	ctx.fake.state.server.version = '4.13.0'; // bots sign from 4.13.0
});

function botSetup(parameters: IDataObject = {}, staticData: IDataObject = {}): TriggerSetup {
	return {
		credential: userCredential(ctx.fake),
		parameters: { source: 'agentBot', agentBot: { __rl: true, mode: 'list', value: 1 }, agentBotEvents: ['message_created'], options: {}, ...parameters },
		staticData,
		webhookUrl: WEBHOOK_URL,
	};
}

const requests = () => ctx.fake.requests.map((r) => [r.method, r.path, r.body, r.status]);
const bot = () => ctx.fake.state.agentBots.find((b) => b.id === 1)!;

/** n8n's activation: checkExists, then create when it answered false. */
async function activate(s: TriggerSetup): Promise<void> {
	if (!(await lifecycle.checkExists.call(hookContext(s)))) await lifecycle.create.call(hookContext(s));
}

describe('agent bot lifecycle', () => {
	test('activation points a bot without an Outgoing URL at the workflow and remembers its secret; deactivation clears the URL again', async () => {
		bot().outgoing_url = null;
		const s = botSetup();
		await activate(s);
		expect(requests()).toEqual([
			['GET', BOT, undefined, 200],
			['PATCH', BOT, { outgoing_url: WEBHOOK_URL }, 200],
		]);
		expect(bot().outgoing_url).toBe(WEBHOOK_URL);
		expect(s.staticData).toEqual({ agentBotId: 1, agentBotAccountId: 1, agentBotUrl: WEBHOOK_URL, previousBotUrl: '', secret: bot().secret });
		ctx.fake.requests.length = 0;
		await lifecycle.delete.call(hookContext(s));
		expect(requests()).toEqual([
			['GET', BOT, undefined, 200],
			['PATCH', BOT, { outgoing_url: '' }, 200],
		]);
		expect(bot().outgoing_url).toBe('');
		expect(s.staticData).toEqual({});
		expectAllAccepted(ctx.fake);
	});

	test('a bot that posts elsewhere is not taken over: activation fails, names the bot and the way out, and changes nothing', async () => {
		const s = botSetup();
		const error = await activate(s).catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toBe(
			'Agent bot 1 ("Acme Helper") of account 1 already posts to another URL, so the trigger does not take it over: ' +
				"pick a bot without an Outgoing URL, clear the bot's Outgoing URL in Chatwoot (Settings > Bots), " +
				'or turn on Options > Take Over Bot URL (the trigger then puts the URL back when the workflow is deactivated).',
		);
		expect((error as { description?: string }).description).toBe(`Its Outgoing URL: ${HELPER_URL}`);
		expect(requests()).toEqual([['GET', BOT, undefined, 200]]);
		expect(bot().outgoing_url).toBe(HELPER_URL);
		expect(s.staticData).toEqual({});
	});

	test('Take Over Bot URL: the bot posts to the workflow until deactivation, which puts its previous URL back', async () => {
		const s = botSetup({ options: { takeOverBotUrl: true } });
		await activate(s);
		expect(bot().outgoing_url).toBe(WEBHOOK_URL);
		expect(s.staticData).toMatchObject({ agentBotUrl: WEBHOOK_URL, previousBotUrl: HELPER_URL });
		ctx.fake.requests.length = 0;
		await lifecycle.delete.call(hookContext(s));
		expect(requests()).toEqual([
			['GET', BOT, undefined, 200],
			['PATCH', BOT, { outgoing_url: HELPER_URL }, 200],
		]);
		expect(bot().outgoing_url).toBe(HELPER_URL);
	});

	test("a restart with another n8n URL moves the bot to it and keeps the URL to give back", async () => {
		const s = botSetup({ options: { takeOverBotUrl: true } });
		await activate(s);
		ctx.fake.requests.length = 0;
		const moved = { ...s, webhookUrl: NEW_URL };
		expect(await lifecycle.checkExists.call(hookContext(moved))).toBe(true);
		expect(requests()).toEqual([
			['GET', BOT, undefined, 200],
			['PATCH', BOT, { outgoing_url: NEW_URL }, 200],
		]);
		expect(moved.staticData).toEqual({ agentBotId: 1, agentBotAccountId: 1, agentBotUrl: NEW_URL, previousBotUrl: HELPER_URL, secret: bot().secret });
		ctx.fake.requests.length = 0;
		expect(await lifecycle.checkExists.call(hookContext(moved))).toBe(true); // unchanged: no write
		expect(requests()).toEqual([['GET', BOT, undefined, 200]]);
		await lifecycle.delete.call(hookContext(moved));
		expect(bot().outgoing_url).toBe(HELPER_URL);
	});

	test('a bot that already posted to the workflow is kept as it is, on activation and deactivation', async () => {
		bot().outgoing_url = WEBHOOK_URL;
		const s = botSetup();
		await activate(s);
		expect(requests()).toEqual([['GET', BOT, undefined, 200]]);
		expect(s.staticData).toEqual({ agentBotId: 1, agentBotAccountId: 1, agentBotUrl: WEBHOOK_URL, secret: bot().secret });
		await lifecycle.delete.call(hookContext(s));
		expect(requests().filter(([method]) => method === 'PATCH')).toEqual([]);
		expect(bot().outgoing_url).toBe(WEBHOOK_URL);
	});

	test('a bot pointed elsewhere in Chatwoot meanwhile is left alone on deactivation, and is not taken back on activation', async () => {
		const s = botSetup({ options: { takeOverBotUrl: true } });
		await activate(s);
		bot().outgoing_url = 'https://other.example.com/bot';
		const remembered = { ...s.staticData };
		await lifecycle.delete.call(hookContext({ ...s, staticData: { ...remembered } }));
		expect(bot().outgoing_url).toBe('https://other.example.com/bot');
		ctx.fake.requests.length = 0;
		const again = botSetup({}, { ...remembered });
		await expect(activate(again)).rejects.toThrow(/^Agent bot 1 \("Acme Helper"\) of account 1 already posts to another URL/);
		expect(requests().filter(([method]) => method === 'PATCH')).toEqual([]);
	});

	test('a bot deleted in Chatwoot: deactivation forgets it', async () => {
		const s = botSetup({ options: { takeOverBotUrl: true } });
		await activate(s);
		ctx.fake.state.agentBots = ctx.fake.state.agentBots.filter((b) => b.id !== 1);
		expect(await lifecycle.delete.call(hookContext(s))).toBe(true);
		expect(s.staticData).toEqual({});
	});

	test('another bot chosen: the previous one gets its URL back before the new one is taken', async () => {
		const s = botSetup({ options: { takeOverBotUrl: true } });
		await activate(s);
		ctx.fake.requests.length = 0;
		const other = { ...s, parameters: { ...s.parameters, agentBot: { __rl: true, mode: 'id', value: '2' } } };
		await activate(other);
		expect(requests()).toEqual([
			['GET', BOT, undefined, 200],
			['PATCH', BOT, { outgoing_url: HELPER_URL }, 200],
			['GET', '/api/v1/accounts/1/agent_bots/2', undefined, 200],
			['PATCH', '/api/v1/accounts/1/agent_bots/2', { outgoing_url: WEBHOOK_URL }, 200],
		]);
		expect(ctx.fake.state.agentBots.map((b) => b.outgoing_url)).toEqual([HELPER_URL, WEBHOOK_URL]);
	});

	test('switching from Account Webhook to Agent Bot deletes the webhook the trigger registered, and back gives the bot its URL back', async () => {
		const s: TriggerSetup = { credential: userCredential(ctx.fake), parameters: { events: ['message_created'], options: {} }, staticData: {}, webhookUrl: WEBHOOK_URL };
		await activate(s);
		expect(ctx.fake.state.webhooks.map((w) => w.url)).toEqual([WEBHOOK_URL]);
		const asBot = { ...botSetup({ options: { takeOverBotUrl: true } }), staticData: s.staticData };
		await activate(asBot);
		expect(ctx.fake.state.webhooks).toEqual([]);
		expect(bot().outgoing_url).toBe(WEBHOOK_URL);
		await activate({ ...s, staticData: asBot.staticData });
		expect(bot().outgoing_url).toBe(HELPER_URL);
		expect(ctx.fake.state.webhooks.map((w) => w.url)).toEqual([WEBHOOK_URL]);
	});

	test('no Agent Bot chosen is an error naming the field, before any request', async () => {
		const s = botSetup({ agentBot: { __rl: true, mode: 'list', value: '' } });
		await expect(activate(s)).rejects.toThrow('Agent Bot: choose one from the list or enter its ID');
		expect(ctx.fake.requests).toEqual([]);
	});

	test('an agent (not administrator) token: activation says the token needs an administrator', async () => {
		bot().outgoing_url = null;
		const s = { ...botSetup(), credential: { ...userCredential(ctx.fake), accessToken: 'agent-token' } };
		const error = await activate(s).catch((e: { message: string; description?: string }) => e);
		expect(error?.message).toBe('Chatwoot: You are not authorized to do this action');
		expect(error?.description).toBe('Pointing an agent bot at the trigger needs a User token (Token Kind "User") of an administrator of the bot\'s account.');
	});
});

describe('agent bot signatures', () => {
	test('Chatwoot before 4.13.0 gives no bot secret: activation asks its version and logs that bot deliveries are not signed', async () => {
		ctx.fake.state.server.version = '4.12.1';
		const s = botSetup({ options: { takeOverBotUrl: true } });
		await activate(s);
		expect(s.staticData).toEqual({ agentBotId: 1, agentBotAccountId: 1, agentBotUrl: WEBHOOK_URL, previousBotUrl: HELPER_URL, chatwootVersion: '4.12.1' });
		expect(s.logs).toEqual([
			'warn: ChatWoot Trigger "ChatWoot Trigger" (workflow wf-1): Chatwoot 4.12.1 does not sign agent-bot deliveries (4.13.0 and later do), so signatures are not checked ' +
				'and anyone who knows the webhook URL can start the workflow. Options > Require Signature > Always refuses unsigned deliveries.',
		]);
	});

	test('a Chatwoot that signs bot deliveries but gave no secret fails the activation', async () => {
		ctx.fake.setFault({ status: 200, body: { id: 1, name: 'Acme Helper', outgoing_url: WEBHOOK_URL }, match: { method: 'PATCH' } });
		await expect(activate(botSetup({ options: { takeOverBotUrl: true } }))).rejects.toThrow(
			"Chatwoot 4.13.0 signs agent-bot deliveries, but gave no secret for agent bot 1, so signatures cannot be checked: set Options > Webhook Secret to the agent bot's secret from Chatwoot, or turn Verify Signature off.",
		);
	});
});

describe('agent bot deliveries', () => {
	const SECRET = 'bot-secret-for-deliveries';
	const known = (parameters: IDataObject = {}) => botSetup(parameters, { agentBotId: 1, agentBotAccountId: 1, agentBotUrl: WEBHOOK_URL, secret: SECRET });
	function signed(payload: IDataObject, headers: Record<string, string> = {}, secret = SECRET) {
		const rawBody = Buffer.from(JSON.stringify(payload));
		const timestamp = String(Math.floor(Date.now() / 1000));
		const signature = `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
		return { rawBody, headers: { 'X-Chatwoot-Timestamp': timestamp, 'X-Chatwoot-Signature': signature, ...headers } };
	}
	/** A message_created payload as Chatwoot posts it to a bot (Message#webhook_data). */
	const message = (fields: IDataObject = {}, conversation: IDataObject = {}): IDataObject => ({
		event: 'message_created',
		id: 40,
		content: 'Where is my parcel?',
		message_type: 'incoming',
		private: false,
		inbox: { id: 1, name: 'Acme Support' },
		sender: { id: 1, name: 'Jane Customer', email: 'jane@example.test' },
		conversation: { id: 7, inbox_id: 1, status: 'pending' },
		...fields,
		...(Object.keys(conversation).length ? { conversation: { id: 7, inbox_id: 1, status: 'pending', ...conversation } } : {}),
	});
	async function deliver(s: TriggerSetup, payload: IDataObject, headers: Record<string, string> = {}) {
		const { context, response } = webhookContext(s, signed(payload, headers));
		const result = await trigger.webhook.call(context);
		return { started: result.workflowData !== undefined, ignored: result.webhookResponse?.ignored, status: response.status, result };
	}

	test("a signed incoming message of a pending conversation starts one run with the payload", async () => {
		const payload = message();
		const { result, status } = await deliver(known(), payload);
		expect(result).toEqual({ workflowData: [[{ json: payload }]] });
		expect(status).toBe(200);
	});

	test.each([
		["the bot's own reply (outgoing, sender agent_bot)", message({ message_type: 'outgoing', sender: { id: 1, name: 'Acme Helper', type: 'agent_bot' } }), 'message type outgoing is not selected in Filters'],
		['a message after a human took over (conversation open)', message({}, { status: 'open' }), 'conversation status open is not selected in Filters'],
		['an agent\'s private note', message({ message_type: 'outgoing', private: true, sender: { id: 2, name: 'Bob', type: 'user' } }), 'message type outgoing is not selected in Filters'],
		['conversation_opened (status open) with the default filters', { event: 'conversation_opened', id: 7, inbox_id: 1, status: 'open' }, 'conversation status open is not selected in Filters'],
	])('by default, %s: answered 200, no run', async (_name, payload, reason) => {
		const s = known({ agentBotEvents: ['message_created', 'conversation_opened'] });
		expect(await deliver(s, payload)).toMatchObject({ started: false, ignored: reason, status: 200 });
	});

	test('a wrong signature (not the bot\'s secret) answers 401', async () => {
		const { context, response } = webhookContext(known(), signed(message(), {}, 'another-secret'));
		expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(response).toEqual({ status: 401, body: { message: 'Signature check failed: signature mismatch' } });
	});

	test('a retried delivery (same X-Chatwoot-Delivery) starts no second run', async () => {
		const s = known();
		s.workflowId = 'wf-bot-retry';
		const first = await deliver(s, message(), { 'X-Chatwoot-Delivery': 'bot-dlv-1' });
		const retry = await deliver(s, message(), { 'X-Chatwoot-Delivery': 'bot-dlv-1' });
		expect([first.started, retry.started, retry.ignored]).toEqual([true, false, 'duplicate delivery']);
	});

	test('an event the bot mode does not select starts nothing', async () => {
		expect(await deliver(known(), { event: 'conversation_resolved', id: 7, status: 'resolved' })).toMatchObject({ started: false, ignored: 'event conversation_resolved is not selected' });
	});

	test('Filters emptied: conversation events and the bot\'s own replies start runs', async () => {
		const s = known({ agentBotEvents: ['message_created', 'conversation_opened'], agentBotFilters: {} });
		s.workflowId = 'wf-bot-nofilters';
		expect((await deliver(s, { event: 'conversation_opened', id: 7, inbox_id: 1, status: 'open' })).started).toBe(true);
		expect((await deliver(s, message({ message_type: 'outgoing', sender: { id: 1, type: 'agent_bot' } }))).started).toBe(true);
	});
});

describe('Filters', () => {
	const plain = (parameters: IDataObject = {}): TriggerSetup => ({
		credential: userCredential(ctx.fake),
		parameters: { events: ['message_created', 'conversation_status_changed', 'contact_created'], options: { verifySignature: false }, ...parameters },
		staticData: {},
	});
	let n = 0;
	async function started(s: TriggerSetup, payload: IDataObject) {
		s.workflowId = `wf-filters-${++n}`;
		const { context } = webhookContext(s, { rawBody: Buffer.from(JSON.stringify(payload)), headers: {} });
		const result = await trigger.webhook.call(context);
		return result.workflowData !== undefined ? 'run' : result.webhookResponse?.ignored;
	}
	const msg = (fields: IDataObject) => ({ event: 'message_created', message_type: 'incoming', private: false, inbox: { id: 1 }, sender: { id: 1, name: 'Jane' }, conversation: { id: 3, status: 'open' }, ...fields });

	test('Account Webhook with no Filters: every delivery of a selected event starts a run, as before (private notes, bot replies, any inbox)', async () => {
		const s = plain();
		const payloads = [
			msg({ message_type: 'outgoing', private: true, sender: { id: 2, type: 'user' } }),
			msg({ message_type: 'outgoing', sender: { id: 1, type: 'agent_bot' }, inbox: { id: 9 } }),
			msg({ message_type: 'activity', sender: null }),
			{ event: 'conversation_status_changed', id: 3, status: 'resolved', inbox_id: 2 },
		];
		for (const payload of payloads) expect(await started(s, payload)).toBe('run');
	});

	test.each([
		['Message Type', { messageTypes: ['incoming', 'template'] }, msg({ message_type: 'template' }), msg({ message_type: 'outgoing' }), 'message type outgoing is not selected in Filters'],
		['Message Type (numeric message_type of older payloads)', { messageTypes: ['incoming'] }, msg({ message_type: 0 }), msg({ message_type: 2 }), 'message type activity is not selected in Filters'],
		['Private Notes: Exclude', { privateNotes: 'exclude' }, msg({ private: false }), msg({ private: true }), 'private notes are excluded in Filters'],
		['Private Notes: Only', { privateNotes: 'only' }, msg({ private: true }), msg({ private: false }), 'only private notes are selected in Filters'],
		['Sender Type: Contact (no type in a contact\'s webhook data)', { senderTypes: ['contact'] }, msg({ sender: { id: 1, name: 'Jane' } }), msg({ sender: { id: 2, type: 'user' } }), 'sender type user is not selected in Filters'],
		['Sender Type: Agent Bot', { senderTypes: ['agent_bot'] }, msg({ sender: { id: 1, type: 'agent_bot' } }), msg({ sender: null }), 'sender type none is not selected in Filters'],
		['Inboxes', { inboxIds: [2, 3] }, msg({ inbox: { id: 3 } }), msg({ inbox: { id: 1 } }), 'inbox 1 is not selected in Filters'],
		['Inboxes (IDs from an expression, as text)', { inboxIds: '2, 3' }, { event: 'conversation_status_changed', inbox_id: 2, status: 'open' }, { event: 'conversation_status_changed', inbox_id: 1, status: 'open' }, 'inbox 1 is not selected in Filters'],
		['Conversation Status of a message', { conversationStatuses: ['pending'] }, msg({ conversation: { id: 3, status: 'pending' } }), msg({}), 'conversation status open is not selected in Filters'],
		['Conversation Status of a conversation event', { conversationStatuses: ['resolved'] }, { event: 'conversation_status_changed', id: 3, status: 'resolved' }, { event: 'conversation_status_changed', id: 3, status: 'open' }, 'conversation status open is not selected in Filters'],
	])('%s: a matching delivery runs, another is answered 200 and dropped', async (_name, filters, kept, dropped, reason) => {
		const s = plain({ filters });
		expect([await started(s, kept), await started(s, dropped)]).toEqual(['run', reason]);
	});

	test('a filter applies only where the payload has its field: a contact event passes message, inbox and status filters', async () => {
		const s = plain({ filters: { messageTypes: ['incoming'], privateNotes: 'exclude', senderTypes: ['contact'], inboxIds: [1], conversationStatuses: ['pending'] } });
		expect(await started(s, { event: 'contact_created', id: 5, name: 'New Person' })).toBe('run');
		expect(await started(s, { event: 'conversation_status_changed', id: 3, status: 'pending', inbox_id: 1 })).toBe('run');
	});

	test('a Filters value that is not valid is an error naming the field, at activation and for a delivery, before any request', async () => {
		const s = plain({ filters: { inboxIds: 'support' } });
		await expect(lifecycle.checkExists.call(hookContext(s))).rejects.toThrow('Filters > Inboxes: must be inbox IDs (positive whole numbers), got "support"');
		await expect(started(s, msg({}))).rejects.toThrow('Filters > Inboxes: must be inbox IDs (positive whole numbers), got "support"');
		const typo = plain({ filters: { messageTypes: ['incomming'] } });
		await expect(started(typo, msg({}))).rejects.toThrow('Filters > Message Type: must be among incoming, outgoing, activity, template, got "incomming"');
		expect(ctx.fake.requests).toEqual([]);
	});
});
