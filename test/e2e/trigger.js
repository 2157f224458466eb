'use strict';
/**
 * Issue 4: the trigger end to end in a real n8n. The workflow ChatWoot Trigger
 * (message_created + conversation_created, User credential) → ChatWoot Conversation Toggle
 * Priority (the conversation of the event) is published with `n8n publish:workflow` before
 * `n8n start`; on start-up n8n activates it and the trigger registers its webhook in the
 * fake Chatwoot. Signed deliveries are then POSTed to the production URL the way Chatwoot
 * sends them (X-Chatwoot-Timestamp, X-Chatwoot-Signature: sha256=HMAC(secret,
 * "<ts>.<raw body>"), X-Chatwoot-Delivery), and the executions that follow are counted,
 * both in n8n's executions list and by the requests the downstream node made. Last, the
 * workflow is deactivated through the REST API while n8n runs: the webhook must be deleted.
 */

const crypto = require('node:crypto');
const { isDeepStrictEqual } = require('node:util');
const n8n = require('../../scripts/lib/n8n');
const { byId, chatwoot, inSequence, node, workflow, TRIGGER_TYPE } = require('./workflows');
const { items, sleep } = require('./server');

const ID = n8n.n8nId('e2e-trigger');
const WEBHOOK_ID = crypto.randomUUID();
const EVENTS = ['message_created', 'conversation_created'];
const HOOKS = '/api/v1/accounts/1/webhooks';
/** Time a delivery that must not start an execution gets to start one anyway. */
const SETTLE_MS = 1000;

function workflows(env) {
	const cred = env.credentials.user;
	return [
		workflow(ID, 'e2e: trigger → toggle priority', [
			node('ChatWoot Trigger', TRIGGER_TYPE, 1, { account: { __rl: true, mode: 'list', value: '' }, events: EVENTS, options: {} }, {
				credentials: { chatWootApi: { id: cred.id, name: cred.name } },
				webhookId: WEBHOOK_ID,
			}),
			chatwoot('Prioritize', cred, {
				resource: 'conversation',
				operation: 'togglePriority',
				conversation: byId("={{ $json.event === 'conversation_created' ? $json.id : $json.conversation.id }}"),
				priority: 'urgent',
			}),
		], inSequence(['ChatWoot Trigger', 'Prioritize'])),
	];
}

/** POSTs an event as Chatwoot delivers it, signed with `secret`. */
async function deliver(url, secret, payload, deliveryId) {
	const raw = JSON.stringify(payload);
	const timestamp = String(Math.floor(Date.now() / 1000));
	const signature = `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`;
	const res = await fetch(url, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			'user-agent': 'Chatwoot webhook',
			'x-chatwoot-timestamp': timestamp,
			'x-chatwoot-signature': signature,
			'x-chatwoot-delivery': deliveryId,
		},
		body: raw,
		signal: AbortSignal.timeout(30_000),
	});
	return { status: res.status, text: await res.text() };
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
	const hookRequests = () => fake.requests.slice(env.requestsAtStart).filter((r) => r.path.startsWith(HOOKS));
	const expectedUrl = `${api.url}/webhook/${WEBHOOK_ID}/webhook`;

	// Activation runs in the background once n8n is up: wait for the registration.
	t.progress('trigger: waiting for the webhook registration');
	await waitFor('POST /webhooks from the activation', () => hookRequests().some((r) => r.method === 'POST'), 60_000).catch(() => undefined);
	const registration = hookRequests();
	const hook = fake.state.webhooks.find((w) => w.url === expectedUrl);

	const registered = await t.check('trigger: on start-up the published workflow registers its webhook: GET then POST /webhooks {url: <WEBHOOK_URL>/webhook/<webhookId>/webhook, subscriptions}', () => {
		const got = registration.map((r) => [r.method, r.path, r.body]);
		const expected = [['GET', HOOKS, undefined], ['POST', HOOKS, { url: expectedUrl, subscriptions: EVENTS }]];
		t.expect(isDeepStrictEqual(got, expected), `expected ${JSON.stringify(expected)}\n  got ${JSON.stringify(got)}`);
		t.expect(registration.every((r) => r.status === 200 && r.headers['api-access-token'] === env.tokens.user), `answers ${registration.map((r) => r.status).join(', ')}, or a request without the user token`);
		t.expect(hook && typeof hook.secret === 'string' && hook.secret.length > 0, `the fake holds ${JSON.stringify(fake.state.webhooks.map((w) => w.url))}`);
		t.expect(isDeepStrictEqual(hook.subscriptions, EVENTS), `subscriptions ${JSON.stringify(hook.subscriptions)}`);
		return `webhook ${hook.id} → ${expectedUrl}`;
	});
	if (!registered) return; // nothing to deliver to

	const executionsNow = async () => (await api.executions(ID)).filter((e) => e.mode === 'webhook');
	const priorityRequests = () => fake.requests.filter((r) => r.path.endsWith('/toggle_priority'));
	const prioritiesBefore = priorityRequests().length;
	/** Waits until `count` executions have finished; returns them, newest first. */
	const finished = (count) =>
		waitFor(`${count} finished execution(s)`, async () => {
			const list = await executionsNow();
			return list.length >= count && list.every((e) => e.stoppedAt) ? list : undefined;
		}, 60_000);

	const messageEvent = { event: 'message_created', id: 9001, content: 'Where is my order?', message_type: 'incoming', conversation: { id: 2 }, account: { id: 1 } };
	const conversationEvent = { event: 'conversation_created', id: 3, status: 'open', account: { id: 1 } };
	const firstDelivery = crypto.randomUUID();

	// 1. A valid, signed, selected event.
	const valid = await deliver(expectedUrl, hook.secret, messageEvent, firstDelivery);
	const afterValid = valid.status === 200 ? await finished(1).catch((error) => error) : [];
	await t.check('trigger: a signed message_created delivery answers 200 and starts one execution that sets the priority of the event\'s conversation', async () => {
		t.expect(valid.status === 200, `answered ${valid.status}: ${valid.text.slice(0, 200)}`);
		t.expect(Array.isArray(afterValid), afterValid.message);
		t.expect(afterValid.length === 1, `${afterValid.length} executions`);
		const execution = await api.execution(afterValid[0].id);
		t.expect(execution.status === 'success', `execution ${execution.id}: ${execution.status}`);
		const event = items(execution.data, 'ChatWoot Trigger')[0]?.json;
		t.expect(isDeepStrictEqual(event, messageEvent), `the trigger output ${JSON.stringify(event)}`);
		const sent = priorityRequests().slice(prioritiesBefore).map((r) => [r.method, r.path, r.body]);
		const expected = [['POST', '/api/v1/accounts/1/conversations/2/toggle_priority', { priority: 'urgent' }]];
		t.expect(isDeepStrictEqual(sent, expected), `downstream requests ${JSON.stringify(sent)}`);
		return `execution ${execution.id}; response body ${JSON.stringify(valid.text.slice(0, 60))}`;
	});

	// 2-4. Deliveries that must not start anything.
	const negative = async (name, send, expectStatus, expectText) => {
		const before = (await executionsNow()).length;
		const res = await send();
		await sleep(SETTLE_MS);
		const after = (await executionsNow()).length;
		await t.check(name, () => {
			t.expect(res.status === expectStatus, `answered ${res.status}: ${res.text.slice(0, 200)}`);
			t.expect(res.text.includes(expectText), `the answer does not say "${expectText}": ${res.text.slice(0, 200)}`);
			t.expect(after === before, `${after - before} execution(s) started`);
			return `${res.status} ${res.text.slice(0, 80)}`;
		});
	};
	await negative('trigger: a delivery with a bad signature answers 401 and starts nothing', () => deliver(expectedUrl, `not-${hook.secret}`, messageEvent, crypto.randomUUID()), 401, 'Signature check failed');
	await negative('trigger: a signed delivery of an unselected event (contact_updated) starts nothing', () => deliver(expectedUrl, hook.secret, { event: 'contact_updated', id: 1, name: 'Jane Customer', account: { id: 1 } }, crypto.randomUUID()), 200, 'not selected');
	await negative('trigger: the same delivery ID again (a Chatwoot retry) starts nothing', () => deliver(expectedUrl, hook.secret, messageEvent, firstDelivery), 200, 'duplicate');

	// 5. The other selected event.
	const second = await deliver(expectedUrl, hook.secret, conversationEvent, crypto.randomUUID());
	const afterSecond = second.status === 200 ? await finished(2).catch((error) => error) : [];
	await sleep(SETTLE_MS);
	await t.check('trigger: after the five deliveries there are exactly two executions (message_created, conversation_created) and two downstream requests', async () => {
		t.expect(second.status === 200, `conversation_created answered ${second.status}: ${second.text.slice(0, 200)}`);
		t.expect(Array.isArray(afterSecond), afterSecond.message);
		const list = await executionsNow();
		t.expect(list.length === 2, `${list.length} executions`);
		const events = [];
		for (const summary of [...list].reverse()) {
			const execution = await api.execution(summary.id);
			t.expect(execution.status === 'success', `execution ${execution.id}: ${execution.status}`);
			events.push(items(execution.data, 'ChatWoot Trigger')[0]?.json);
		}
		t.expect(isDeepStrictEqual(events, [messageEvent, conversationEvent]), `the executions started from ${JSON.stringify(events)}`);
		const sent = priorityRequests().slice(prioritiesBefore).map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`);
		t.expect(
			isDeepStrictEqual(sent, [2, 3].map((c) => `POST /api/v1/accounts/1/conversations/${c}/toggle_priority {"priority":"urgent"}`)),
			`downstream requests ${JSON.stringify(sent)}`,
		);
		const priorities = [2, 3].map((c) => fake.state.conversations.find((x) => x.display_id === c)?.priority);
		t.expect(isDeepStrictEqual(priorities, ['urgent', 'urgent']), `priorities of conversations 2, 3: ${priorities}`);
		return `executions ${list.map((e) => e.id).reverse().join(', ')}`;
	});

	// Deactivation while n8n runs (the editor's "Unpublish").
	const before = fake.requests.length;
	const deactivated = await api.call('POST', `/rest/workflows/${ID}/deactivate`, {});
	const deleted = await waitFor('DELETE /webhooks/<id>', () => fake.requests.slice(before).some((r) => r.method === 'DELETE'), 30_000).catch(() => false);
	const afterDelete = await deliver(expectedUrl, hook.secret, messageEvent, crypto.randomUUID());
	await t.check(`trigger: deactivating the workflow (POST /rest/workflows/<id>/deactivate) finds its own webhook (GET) and deletes it in Chatwoot; the production URL then answers 404`, () => {
		t.expect(deactivated.status === 200 && deactivated.json?.data?.active === false, `deactivate answered ${deactivated.status}: ${deactivated.text.slice(0, 200)}`);
		t.expect(deleted, 'no DELETE reached the fake');
		const got = fake.requests.slice(before).map((r) => [r.method, r.path, r.status]);
		// GET first: the trigger deletes only the webhook it created (its ID at its URL).
		t.expect(isDeepStrictEqual(got, [['GET', HOOKS, 200], ['DELETE', `${HOOKS}/${hook.id}`, 200]]), `requests ${JSON.stringify(got)}`);
		t.expect(!fake.state.webhooks.some((w) => w.id === hook.id), 'the fake still holds the webhook');
		t.expect(afterDelete.status === 404, `a delivery afterwards answered ${afterDelete.status}`);
		return `DELETE ${HOOKS}/${hook.id}`;
	});
}

module.exports = { title: 'trigger', workflows, checks, publish: [ID] };
