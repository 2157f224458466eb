'use strict';
/**
 * Issue 15: the example workflow docs/examples/ai-agent-bot-with-handoff.json, as shipped,
 * in a real n8n: ChatWoot Trigger (Source Agent Bot, bot 1 of the fake, default filters) →
 * AI Agent (a scripted, slow OpenAI-compatible model; tools: Conversation > Assign with the
 * User token, Conversation > Toggle Status open with the bot token) → Message > Create as the
 * bot. Only credentials, the bot and the team are filled in, as a user does after importing.
 *
 * The fake Chatwoot plays the agent-bot channel (state.server.agentBotWebhooks): a customer
 * writes through the client API, the fake delivers message_created to the bot's outgoing URL
 * (the workflow), signed with the bot's secret (4.13.0), and delivers the bot's own replies and
 * status changes too. Checked: activation points the bot at the workflow; an incoming message
 * gets exactly one bot reply; the bot's reply, delivered back, starts no run; a retried delivery
 * starts no second run; a hand-off request assigns and opens the conversation, after which the
 * customer's messages start no run; every delivery is answered 200 well within Chatwoot's 5 s,
 * while the workflow still waits for the model (6 s per answer); deactivation gives the bot
 * back its Outgoing URL.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');
const n8n = require('../../scripts/lib/n8n');
const { toolCalls } = require('./fake-openai');
const { items, runError, sleep } = require('./server');

const ID = n8n.n8nId('e2e-agent-bot');
const EXAMPLE = path.join(__dirname, '../../docs/examples/ai-agent-bot-with-handoff.json');
const BOT = '/api/v1/accounts/1/agent_bots/1';
const PUBLIC = '/public/api/v1/inboxes/acme-api-inbox/contacts/jane-api-source/conversations';
const MODEL_DELAY_MS = 6000;
/** Chatwoot's timeout for a bot delivery; the answers must come well before it. */
const CHATWOOT_TIMEOUT_MS = 5000;
const ANSWER_WITHIN_MS = 2000;
const SETTLE_MS = 2500;
const HAND_OFF_WORDS = /human|person/i;

const lastUserText = (body) => [...(body.messages || [])].reverse().find((m) => m.role === 'user')?.content ?? '';
const replyTo = (text) => `Bot: your parcel ships today. (${String(text).slice(0, 40)})`;
const HAND_OFF_REPLY = 'A colleague will reply here shortly.';

/**
 * The scripted model: a hand-off request is answered with both hand-off tools in one turn,
 * then the hand-off sentence; anything else with an answer. Slow: 6 s per answer.
 */
const MODEL_SCRIPT = {
	delayMs: MODEL_DELAY_MS,
	respond(body) {
		const text = typeof lastUserText(body) === 'string' ? lastUserText(body) : JSON.stringify(lastUserText(body));
		const toolsDone = (body.messages || []).some((m) => m.role === 'tool');
		const say = (content) => ({ message: { role: 'assistant', content, refusal: null }, finishReason: 'stop' });
		if (!HAND_OFF_WORDS.test(text)) return say(replyTo(text));
		if (toolsDone) return say(HAND_OFF_REPLY);
		return {
			message: toolCalls([
				{ name: 'Hand_off_to_a_human', args: {} },
				{ name: 'Open_the_conversation_for_humans', args: {} },
			]),
			finishReason: 'tool_calls',
		};
	},
};

/** The example as a user has it after import: credentials, bot and team picked. */
function workflows(env) {
	const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
	const { user, bot, openaiBot } = env.credentials;
	const byName = {
		'Chatwoot administrator (User token)': user,
		'Chatwoot bot (Agent Bot token)': bot,
		OpenAI: openaiBot,
	};
	for (const node of example.nodes) {
		for (const [type, ref] of Object.entries(node.credentials || {})) {
			const credential = byName[ref.name];
			if (!credential) throw new Error(`the example's node "${node.name}" uses an unknown credential "${ref.name}"`);
			node.credentials[type] = { id: credential.id, name: credential.name };
		}
		if (node.parameters.agentBot) node.parameters.agentBot = { __rl: true, mode: 'list', value: 1, cachedResultName: 'Acme Helper' };
		if (node.parameters.conversationTeam) node.parameters.conversationTeam = { __rl: true, mode: 'id', value: '1' };
	}
	return [{ ...example, id: ID, active: false }];
}

/** Before n8n starts (and activates the workflow): Chatwoot 4.13 signs bot deliveries; bot 1 has no Outgoing URL. */
function beforeStart(env) {
	env.fake.state.server.version = '4.13.0';
	env.fake.state.agentBots.find((b) => b.id === 1).outgoing_url = '';
}

async function waitFor(what, fn, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	while (true) {
		const value = await fn();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(250);
	}
}

async function checks(env, t) {
	const { fake, api } = env;
	const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
	const triggerNode = example.nodes.find((n) => n.type.endsWith('.chatWootTrigger'));
	const url = `${api.url}/webhook/${triggerNode.webhookId}/webhook`;
	const bot = () => fake.state.agentBots.find((b) => b.id === 1);

	t.progress('agent bot: waiting for the activation to point bot 1 at the workflow');
	await waitFor('PATCH of bot 1', () => fake.requests.some((r) => r.method === 'PATCH' && r.path === BOT), 60_000).catch(() => undefined);
	const activated = await t.check('agent bot: on start-up the example workflow points bot 1 at its production URL (GET, PATCH {outgoing_url}) with the User token', () => {
		const got = fake.requests.filter((r) => r.path === BOT).map((r) => [r.method, r.body, r.status]);
		t.expect(isDeepStrictEqual(got, [['GET', undefined, 200], ['PATCH', { outgoing_url: url }, 200]]), `requests ${JSON.stringify(got)}`);
		t.expect(bot().outgoing_url === url, `bot 1 posts to ${bot().outgoing_url}`);
		return url;
	});
	if (!activated) return;

	fake.state.server.agentBotWebhooks = true;
	const executions = async () => (await api.executions(ID)).filter((e) => e.mode === 'webhook');
	const finished = (count) =>
		waitFor(`${count} finished execution(s)`, async () => {
			const list = await executions();
			return list.length >= count && list.every((e) => e.stoppedAt) ? list : undefined;
		}, 90_000);
	const call = async (method, route, json) => {
		const res = await fetch(`${fake.url}${route}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });
		return { status: res.status, json: await res.json().catch(() => undefined) };
	};
	const conversation = (await call('POST', PUBLIC, {})).json;
	const stored = () => fake.state.conversations.find((c) => c.display_id === conversation.id && c.account_id === 1);
	const messagesOf = () => fake.state.messages.filter((m) => m.conversation_id === stored().id).map((m) => ({ type: m.message_type, sender: `${m.sender_type}:${m.sender_id}`, content: m.content }));
	const deliveries = () => fake.state.agentBotDeliveries;
	const say = (content) => call('POST', `${PUBLIC}/${conversation.id}/messages`, { content });

	// 1. A question: one run, one reply as the bot; the answer came before the model did.
	const question = 'Where is my parcel?';
	t.progress('agent bot: the customer asks a question (the model takes 6 s)');
	await say(question);
	const firstDelivery = await waitFor('the first delivery', () => deliveries().find((d) => d.status !== 0 || d.error), 10_000).catch(() => undefined);
	const afterQuestion = await finished(1).catch((error) => error);
	await sleep(SETTLE_MS); // the bot's reply is delivered back meanwhile
	await t.check(`agent bot: an incoming message in a pending conversation is answered 200 within ${ANSWER_WITHIN_MS} ms, before the slow model, and gets exactly one reply as the bot`, async () => {
		t.expect(stored().status === 'pending', `the conversation is ${stored().status}`);
		t.expect(firstDelivery && firstDelivery.status === 200, `the delivery: ${JSON.stringify(firstDelivery && { status: firstDelivery.status, error: firstDelivery.error })}`);
		t.expect(firstDelivery.ms < ANSWER_WITHIN_MS, `answered after ${firstDelivery.ms} ms`);
		t.expect(Array.isArray(afterQuestion) && afterQuestion.length === 1, afterQuestion.message ?? `${afterQuestion.length} executions`);
		const execution = await api.execution(afterQuestion[0].id);
		t.expect(execution.status === 'success', `execution ${execution.id}: ${execution.status}: ${runError(execution.data)}`);
		t.expect(firstDelivery.answeredAt < new Date(execution.stoppedAt).getTime() - MODEL_DELAY_MS / 2, 'the delivery was answered after the workflow ran');
		t.expect(items(execution.data, 'Chatwoot Bot')[0]?.json?.content === question, 'the trigger output is not the message');
		const expected = [
			{ type: 'incoming', sender: 'Contact:1', content: question },
			{ type: 'outgoing', sender: 'AgentBot:1', content: replyTo(question) },
		];
		t.expect(isDeepStrictEqual(messagesOf(), expected), `messages ${JSON.stringify(messagesOf())}`);
		return `answered in ${firstDelivery.ms} ms; execution ${execution.id} took ${new Date(execution.stoppedAt) - new Date(execution.startedAt)} ms`;
	});

	await t.check("agent bot: the bot's own reply, delivered back to the workflow (outgoing), is answered 200 and starts no run", async () => {
		const echo = deliveries().filter((d) => d.event === 'message_created' && d.payload.message_type === 'outgoing');
		t.expect(echo.length === 1, `${echo.length} deliveries of outgoing messages`);
		t.expect(echo[0].status === 200 && echo[0].payload.sender?.type === 'agent_bot', `answered ${echo[0].status}, sender ${JSON.stringify(echo[0].payload.sender)}`);
		const list = await executions();
		t.expect(list.length === 1, `${list.length} executions`);
		return `${echo[0].ms} ms`;
	});

	// 2. Chatwoot retries a delivery with the same X-Chatwoot-Delivery (signed anew).
	const retry = await (async () => {
		const body = JSON.stringify(firstDelivery.payload);
		const timestamp = String(Math.floor(Date.now() / 1000));
		const signature = `sha256=${crypto.createHmac('sha256', bot().secret).update(`${timestamp}.${body}`).digest('hex')}`;
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-chatwoot-delivery': firstDelivery.deliveryId, 'x-chatwoot-timestamp': timestamp, 'x-chatwoot-signature': signature },
			body,
		});
		return { status: res.status, text: await res.text() };
	})();
	await sleep(SETTLE_MS);
	await t.check('agent bot: a retried delivery (same X-Chatwoot-Delivery) is answered 200 and starts no second run', async () => {
		t.expect(retry.status === 200 && retry.text.includes('duplicate'), `answered ${retry.status}: ${retry.text.slice(0, 120)}`);
		const list = await executions();
		t.expect(list.length === 1, `${list.length} executions`);
		return retry.text.slice(0, 80);
	});

	// 3. Hand-off: the model calls both tools; the conversation is assigned and opened.
	t.progress('agent bot: the customer asks for a human');
	const request = 'Can I talk to a human, please?';
	await say(request);
	const afterHandOff = await finished(2).catch((error) => error);
	await sleep(SETTLE_MS);
	await t.check('agent bot: a hand-off request assigns the conversation (team 1, User token) and opens it (bot token), and the bot says so once', async () => {
		t.expect(Array.isArray(afterHandOff) && afterHandOff.length === 2, afterHandOff.message ?? `${afterHandOff.length} executions`);
		const execution = await api.execution(afterHandOff[0].id);
		t.expect(execution.status === 'success', `execution ${execution.id}: ${execution.status}: ${runError(execution.data)}`);
		const writes = fake.requests.filter((r) => r.path.startsWith(`/api/v1/accounts/1/conversations/${conversation.id}/`)).map((r) => [r.method, r.path.split('/').pop(), r.body, r.headers['api-access-token'] === env.tokens.bot ? 'bot' : 'user']);
		const expected = [
			['POST', 'messages', { content: replyTo(question) }, 'bot'],
			['POST', 'assignments', { team_id: 1 }, 'user'],
			['POST', 'toggle_status', { status: 'open' }, 'bot'],
			['POST', 'messages', { content: HAND_OFF_REPLY }, 'bot'],
		];
		// The agent may run the two tool calls of one turn in either order (n8n 1.x: in parallel).
		const inOrder = (list) => [list[0], ...list.slice(1, 3).sort((x, y) => x[1].localeCompare(y[1])), ...list.slice(3)];
		t.expect(isDeepStrictEqual(inOrder(writes), expected), `requests ${JSON.stringify(writes)}`);
		t.expect(stored().status === 'open' && stored().team_id === 1, `status ${stored().status}, team ${stored().team_id}`);
		return `execution ${execution.id}`;
	});

	// 4. After the hand-off the bot stays silent.
	const countBefore = (await executions()).length;
	const deliveriesBefore = deliveries().length;
	await say('Hello? Anyone there?');
	await waitFor('the delivery of the message after hand-off', () => deliveries().slice(deliveriesBefore).some((d) => d.status !== 0 || d.error), 10_000).catch(() => undefined);
	await sleep(SETTLE_MS);
	await t.check('agent bot: after the hand-off, the customer\'s next message (open conversation) and conversation_opened are answered 200 and start no run', async () => {
		const late = deliveries().filter((d) => d.event === 'conversation_opened' || (d.payload.message_type === 'incoming' && d.payload.content === 'Hello? Anyone there?'));
		t.expect(late.length === 2 && late.every((d) => d.status === 200), `deliveries ${JSON.stringify(late.map((d) => [d.event, d.status]))}`);
		const list = await executions();
		t.expect(list.length === countBefore, `${list.length - countBefore} new execution(s)`);
		t.expect(messagesOf().filter((m) => m.sender === 'AgentBot:1').length === 2, `bot messages ${JSON.stringify(messagesOf())}`);
		return `${late.map((d) => `${d.event} ${d.ms} ms`).join(', ')}`;
	});

	await t.check(`agent bot: every delivery was answered 200 in under ${ANSWER_WITHIN_MS} ms (Chatwoot waits ${CHATWOOT_TIMEOUT_MS} ms), and Chatwoot noted no bot error`, () => {
		const slow = deliveries().filter((d) => d.status !== 200 || d.ms >= ANSWER_WITHIN_MS);
		t.expect(slow.length === 0, `deliveries ${JSON.stringify(slow.map((d) => [d.event, d.status, d.ms, d.error]))}`);
		const errors = messagesOf().filter((m) => m.type === 'activity');
		t.expect(errors.length === 0, `activity messages ${JSON.stringify(errors)}`);
		return `${deliveries().length} deliveries, slowest ${Math.max(...deliveries().map((d) => d.ms))} ms`;
	});

	// Deactivation gives the bot its Outgoing URL back ('' before activation).
	fake.state.server.agentBotWebhooks = false;
	const before = fake.requests.length;
	const deactivated = await api.call('POST', `/rest/workflows/${ID}/deactivate`, {});
	await waitFor('PATCH of bot 1 on deactivation', () => fake.requests.slice(before).some((r) => r.method === 'PATCH'), 30_000).catch(() => undefined);
	await t.check("agent bot: deactivating the workflow puts bot 1's previous Outgoing URL back (GET, PATCH {outgoing_url: ''})", () => {
		t.expect(deactivated.status === 200, `deactivate answered ${deactivated.status}: ${deactivated.text.slice(0, 200)}`);
		const got = fake.requests.slice(before).map((r) => [r.method, r.path, r.body]);
		t.expect(isDeepStrictEqual(got, [['GET', BOT, undefined], ['PATCH', BOT, { outgoing_url: '' }]]), `requests ${JSON.stringify(got)}`);
		t.expect(bot().outgoing_url === '', `bot 1 posts to ${bot().outgoing_url}`);
	});
}

module.exports = { title: 'agent bot', workflows, beforeStart, checks, publish: [ID], MODEL_SCRIPT };
