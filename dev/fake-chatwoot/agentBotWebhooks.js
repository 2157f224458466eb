'use strict';
/**
 * Chatwoot's agent-bot channel, played when `state.server.agentBotWebhooks` is on (off by
 * default: the seeded bots point at hosts that do not exist):
 * - AgentBotListener: message_created / message_updated (incoming, outgoing and template
 *   messages, private notes included; activity messages never), conversation_opened,
 *   conversation_resolved, to the `outgoing_url` of the bot connected to the conversation's
 *   inbox; nothing when the URL is blank.
 * - Webhooks::Trigger: POST with Content-Type/Accept JSON and X-Chatwoot-Delivery (one UUID per
 *   event, the same for its retries); from 4.13.0 signed with the bot's secret
 *   (X-Chatwoot-Timestamp, X-Chatwoot-Signature: sha256=HMAC(secret, "<ts>.<body>")). Timeout
 *   5 s. A 429 or 500 is retried (3 attempts, 3 s apart); any other failure (another status, a
 *   timeout, a refused connection), or the last attempt, of a message event whose conversation
 *   is pending opens the conversation and adds the activity message Chatwoot adds.
 * - Conversation: a new conversation in an inbox with a bot starts pending.
 * Every attempt is recorded in `state.agentBotDeliveries`.
 */

const crypto = require('node:crypto');
const { messageData, conversationData } = require('./views/webhooks');
const { versionAtLeast, AGENT_BOT_SECRET_SINCE } = require('./views/application');
const { addMessage } = require('./seed');

const TIMEOUT_MS = 5000;
const RETRY_STATUSES = [429, 500];
const ATTEMPTS = 3;
const RETRY_WAIT_MS = 3000;
const ERROR_ACTIVITY = 'Conversation was marked open by system due to an error with the agent bot.';

const on = (state) => state.server.agentBotWebhooks === true;

function inboxBot(state, inboxId) {
	const link = state.agentBotInboxes.find((abi) => abi.inbox_id === inboxId && abi.status !== 'inactive');
	return link && state.agentBots.find((b) => b.id === link.agent_bot_id);
}

/** Conversation#determine_conversation_status: pending where a bot answers the inbox. */
function initialStatus(state, inboxId, requested) {
	if (requested) return requested;
	return on(state) && inboxBot(state, inboxId) ? 'pending' : 'open';
}

function headers(state, bot, body, deliveryId) {
	const out = { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Chatwoot-Delivery': deliveryId };
	if (versionAtLeast(state.server.version, AGENT_BOT_SECRET_SINCE) && bot.secret) {
		const timestamp = String(Math.floor(Date.now() / 1000));
		out['X-Chatwoot-Timestamp'] = timestamp;
		out['X-Chatwoot-Signature'] = `sha256=${crypto.createHmac('sha256', bot.secret).update(`${timestamp}.${body}`).digest('hex')}`;
	}
	return out;
}

async function post(url, body, requestHeaders) {
	const response = await fetch(url, { method: 'POST', headers: requestHeaders, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
	await response.arrayBuffer();
	return response.status;
}

/** Webhooks::Trigger#handle_error: a pending conversation of a failed message event is opened. */
function handleFailure(state, baseUrl, payload) {
	if (!['message_created', 'message_updated'].includes(payload.event)) return;
	const message = state.messages.find((m) => m.id === payload.id);
	const conversation = message && state.conversations.find((c) => c.id === message.conversation_id);
	if (!conversation || conversation.status !== 'pending') return;
	setStatus(state, baseUrl, conversation, 'open');
	addMessage(state, conversation, { message_type: 'activity', content: ERROR_ACTIVITY }, new Date());
}

function deliver(state, baseUrl, bot, payload) {
	const body = JSON.stringify(payload);
	const deliveryId = crypto.randomUUID();
	const attempt = async (number) => {
		const record = { event: payload.event, url: bot.outgoing_url, deliveryId, attempt: number, payload, status: 0, ms: 0 };
		state.agentBotDeliveries.push(record);
		const started = Date.now();
		try {
			record.status = await post(bot.outgoing_url, body, headers(state, bot, body, deliveryId));
		} catch (error) {
			record.error = error.name === 'TimeoutError' ? `timeout after ${TIMEOUT_MS} ms` : String(error.message);
		}
		record.answeredAt = Date.now();
		record.ms = record.answeredAt - started;
		if (record.status >= 200 && record.status < 300) return;
		if (RETRY_STATUSES.includes(record.status) && number < ATTEMPTS) {
			setTimeout(() => void attempt(number + 1), RETRY_WAIT_MS).unref();
			return;
		}
		handleFailure(state, baseUrl, payload);
	};
	// After the request that caused it has been answered, as Sidekiq runs the job.
	setImmediate(() => void attempt(1));
}

/** An event for the bot of `inboxId`, if the channel is played and the bot has an outgoing URL. */
function dispatch(state, baseUrl, inboxId, payload) {
	if (!on(state)) return;
	const bot = inboxBot(state, inboxId);
	if (!bot || !bot.outgoing_url) return;
	deliver(state, baseUrl, bot, payload);
}

/** After a message was added: message_created (not for activity messages). */
function messageCreated(state, baseUrl, message) {
	if (message.message_type === 'activity') return;
	dispatch(state, baseUrl, message.inbox_id, { ...messageData(state, baseUrl, message), event: 'message_created' });
}

/** Sets a conversation's status; conversation_opened / conversation_resolved when it changed. */
function setStatus(state, baseUrl, conversation, status) {
	const before = conversation.status;
	conversation.status = status;
	conversation.updated_at = new Date();
	const event = { open: 'conversation_opened', resolved: 'conversation_resolved' }[status];
	if (status === before || !event) return;
	dispatch(state, baseUrl, conversation.inbox_id, { ...conversationData(state, baseUrl, conversation), event });
}

module.exports = { initialStatus, messageCreated, setStatus, ERROR_ACTIVITY };
