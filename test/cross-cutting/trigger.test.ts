/**
 * ChatWoot Trigger: the webhook lifecycle against the fake Chatwoot (registration, update of
 * subscriptions, removal) and what a delivery does (signature, event filter, duplicates).
 */
import { createHmac } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';
import * as path from 'node:path';
import { hookContext, webhookContext, type TriggerSetup } from '../helpers/triggerContext';
import { useFakeChatwoot, userCredential, TOKENS } from '../helpers/fake';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ChatWootTrigger } = require(path.resolve(__dirname, '../../dist/nodes/ChatWootTrigger/ChatWootTrigger.node.js'));
const trigger = new ChatWootTrigger();
const lifecycle = trigger.webhookMethods.default;

const ctx = useFakeChatwoot();
const WEBHOOK_URL = 'http://127.0.0.1:5678/webhook/4f1c/webhook';

function setup(parameters: IDataObject = {}, staticData: IDataObject = {}): TriggerSetup {
	return {
		credential: userCredential(ctx.fake),
		parameters: { events: ['message_created', 'conversation_created'], options: {}, ...parameters },
		staticData,
		webhookUrl: WEBHOOK_URL,
	};
}

const webhookRequests = () =>
	ctx.fake.requests.filter((r) => r.path.includes('/webhooks')).map((r) => ({ method: r.method, path: r.path, body: r.body, status: r.status }));

describe('webhook lifecycle', () => {
	test('activation registers the webhook with the chosen events and keeps its id and secret', async () => {
		const s = setup();
		expect(await lifecycle.checkExists.call(hookContext(s))).toBe(false);
		expect(await lifecycle.create.call(hookContext(s))).toBe(true);
		expect(webhookRequests()).toEqual([
			{ method: 'GET', path: '/api/v1/accounts/1/webhooks', body: undefined, status: 200 },
			{
				method: 'POST',
				path: '/api/v1/accounts/1/webhooks',
				body: { url: WEBHOOK_URL, subscriptions: ['message_created', 'conversation_created'] },
				status: 200,
			},
		]);
		const stored = ctx.fake.state.webhooks.find((w) => w.url === WEBHOOK_URL)!;
		expect(s.staticData).toEqual({ webhookId: stored.id, webhookUrl: WEBHOOK_URL, accountId: 1, secret: stored.secret });
		expect(ctx.fake.requests.every((r) => r.headers['api-access-token'] === TOKENS.user)).toBe(true);
	});

	test('re-activation with other events finds the webhook and updates its subscriptions', async () => {
		const first = setup();
		await lifecycle.create.call(hookContext(first));
		ctx.fake.requests.length = 0;
		const second = setup({ events: ['contact_created'] }, first.staticData);
		expect(await lifecycle.checkExists.call(hookContext(second))).toBe(true);
		const id = first.staticData.webhookId;
		expect(webhookRequests()).toEqual([
			{ method: 'GET', path: '/api/v1/accounts/1/webhooks', body: undefined, status: 200 },
			{ method: 'PATCH', path: `/api/v1/accounts/1/webhooks/${id}`, body: { url: WEBHOOK_URL, subscriptions: ['contact_created'] }, status: 200 },
		]);
		expect(ctx.fake.state.webhooks.find((w) => w.id === id)?.subscriptions).toEqual(['contact_created']);
		expect(second.staticData.webhookId).toBe(id);
	});

	test('deactivation deletes the webhook; a webhook already gone is fine', async () => {
		const s = setup();
		await lifecycle.create.call(hookContext(s));
		const id = s.staticData.webhookId;
		expect(await lifecycle.delete.call(hookContext(s))).toBe(true);
		expect(webhookRequests().pop()).toEqual({ method: 'DELETE', path: `/api/v1/accounts/1/webhooks/${id}`, body: undefined, status: 200 });
		expect(ctx.fake.state.webhooks.some((w) => w.id === id)).toBe(false);
		expect(s.staticData).toEqual({});
		expect(await lifecycle.delete.call(hookContext({ ...s, staticData: { webhookId: id, accountId: 1 } }))).toBe(true);
	});

	test('the Account field overrides the credential default', async () => {
		const s = setup({ account: { mode: 'id', value: '2' } });
		await expect(lifecycle.create.call(hookContext(s))).rejects.toThrow();
		expect(webhookRequests()[0]?.path).toBe('/api/v1/accounts/2/webhooks');
	});

	test('a wrong token fails activation with a message about the token kind', async () => {
		const s = { ...setup(), credential: { ...userCredential(ctx.fake), accessToken: 'wrong' } };
		const error = await lifecycle.checkExists.call(hookContext(s)).catch((e: Error) => e);
		expect(error.message).toBe('Chatwoot: Invalid Access Token');
		expect(error.description).toMatch(/needs a User token/);
	});
});

describe('the webhook the trigger owns', () => {
	const NEW_URL = 'https://n8n.example.com/webhook/4f1c/webhook';
	const OTHER_URL = 'https://crm.example.com/chatwoot-hook';
	/** A webhook someone made in Chatwoot's settings, not the trigger. */
	function madeByHand(url: string, id = 50) {
		const hook = { id, account_id: 1, inbox_id: null, name: 'made by hand', url, subscriptions: ['contact_created'], secret: 'hand-secret', created_at: new Date() };
		ctx.fake.state.webhooks.push(hook);
		return { ...hook };
	}
	async function activated(parameters: IDataObject = {}) {
		const s = setup(parameters);
		await lifecycle.create.call(hookContext(s));
		ctx.fake.requests.length = 0;
		return s;
	}

	test("when n8n's URL changed (WEBHOOK_URL, host, tunnel), its own webhook moves to the new URL: none is left posting to the old one", async () => {
		const s = await activated();
		const id = s.staticData.webhookId;
		const moved = { ...s, webhookUrl: NEW_URL };
		expect(await lifecycle.checkExists.call(hookContext(moved))).toBe(true);
		expect(webhookRequests()).toEqual([
			{ method: 'GET', path: '/api/v1/accounts/1/webhooks', body: undefined, status: 200 },
			{ method: 'PATCH', path: `/api/v1/accounts/1/webhooks/${id}`, body: { url: NEW_URL, subscriptions: ['message_created', 'conversation_created'] }, status: 200 },
		]);
		expect(ctx.fake.state.webhooks.map((w) => [w.id, w.url])).toEqual([[id, NEW_URL]]);
		expect(moved.staticData).toMatchObject({ webhookId: id, webhookUrl: NEW_URL });
	});

	test('a webhook saved before the URL was remembered (ID only) moves too when its path is the same n8n webhook', async () => {
		const s = await activated();
		const legacy = { ...s, staticData: { webhookId: s.staticData.webhookId, accountId: 1, secret: s.staticData.secret }, webhookUrl: NEW_URL };
		expect(await lifecycle.checkExists.call(hookContext(legacy))).toBe(true);
		expect(ctx.fake.state.webhooks.map((w) => w.url)).toEqual([NEW_URL]);
	});

	test('a webhook made by hand with the same URL is not adopted: activation fails, and the webhook is neither changed nor deleted', async () => {
		const hook = madeByHand(WEBHOOK_URL);
		const s = setup();
		const error = await lifecycle.checkExists.call(hookContext(s)).catch((e: Error) => e);
		expect(error.message).toBe(
			"Account 1 already has a webhook with this trigger's URL (webhook 50, \"made by hand\") that this trigger did not create. " +
				'Chatwoot allows one webhook per URL in an account, so the trigger neither takes it over nor adds a second one: ' +
				'delete webhook 50 in Chatwoot (Settings > Integrations > Webhooks), then activate the workflow again.',
		);
		expect(await lifecycle.delete.call(hookContext(s))).toBe(true);
		expect(webhookRequests()).toEqual([{ method: 'GET', path: '/api/v1/accounts/1/webhooks', body: undefined, status: 200 }]);
		expect(ctx.fake.state.webhooks).toEqual([expect.objectContaining(hook)]);
		expect(s.staticData).toEqual({});
	});

	test("moving to a URL that a webhook made by hand already has: the trigger deletes its own, stale webhook and fails, leaving the other alone", async () => {
		const s = await activated();
		const id = s.staticData.webhookId;
		const hook = madeByHand(NEW_URL);
		const moved = { ...s, webhookUrl: NEW_URL };
		await expect(lifecycle.checkExists.call(hookContext(moved))).rejects.toThrow(/^Account 1 already has a webhook with this trigger's URL \(webhook 50/);
		expect(webhookRequests()).toEqual([
			{ method: 'GET', path: '/api/v1/accounts/1/webhooks', body: undefined, status: 200 },
			{ method: 'DELETE', path: `/api/v1/accounts/1/webhooks/${id}`, body: undefined, status: 200 },
		]);
		expect(ctx.fake.state.webhooks).toEqual([expect.objectContaining(hook)]);
		expect(moved.staticData).toEqual({});
	});

	test('its webhook deleted by hand in Chatwoot: activation forgets it and registers a new one', async () => {
		const s = await activated();
		ctx.fake.state.webhooks = [];
		expect(await lifecycle.checkExists.call(hookContext(s))).toBe(false);
		expect(s.staticData).toEqual({});
		await lifecycle.create.call(hookContext(s));
		expect(ctx.fake.state.webhooks.map((w) => w.url)).toEqual([WEBHOOK_URL]);
	});

	test('a remembered ID whose webhook points elsewhere (someone else\'s, e.g. another Chatwoot behind the credential) is never changed or deleted', async () => {
		const hook = madeByHand(OTHER_URL, 7);
		const s = setup({}, { webhookId: 7, webhookUrl: WEBHOOK_URL, accountId: 1, secret: 'ours' });
		await lifecycle.delete.call(hookContext(s));
		expect(s.staticData).toEqual({});
		const again = setup({}, { webhookId: 7, webhookUrl: WEBHOOK_URL, accountId: 1, secret: 'ours' });
		expect(await lifecycle.checkExists.call(hookContext(again))).toBe(false);
		expect(again.staticData).toEqual({});
		expect(webhookRequests().filter((r) => r.method !== 'GET')).toEqual([]);
		expect(ctx.fake.state.webhooks).toEqual([expect.objectContaining(hook)]);
	});

	test('another Account: its webhook in the previous account is deleted before it registers in the new one', async () => {
		const s = await activated();
		const id = s.staticData.webhookId;
		const other = { ...s, parameters: { ...s.parameters, account: { __rl: true, mode: 'id', value: '2' } } };
		await lifecycle.checkExists.call(hookContext(other)).catch(() => undefined);
		expect(webhookRequests().slice(0, 2)).toEqual([
			{ method: 'GET', path: '/api/v1/accounts/1/webhooks', body: undefined, status: 200 },
			{ method: 'DELETE', path: `/api/v1/accounts/1/webhooks/${id}`, body: undefined, status: 200 },
		]);
		expect(ctx.fake.state.webhooks).toEqual([]);
	});
});

describe('a webhook URL Chatwoot refuses', () => {
	const settings = /SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true.*WEBHOOK_ALLOWED_PRIVATE_HOSTS.*WEBHOOK_ALLOWED_PRIVATE_CIDRS/;

	test('a private URL refused at registration (Chatwoot 4.14+): the activation error says so and names the server settings', async () => {
		ctx.fake.state.server.refusePrivateWebhookUrls = true;
		const error = await lifecycle.create.call(hookContext(setup())).catch((e: Error) => e);
		expect(error.message).toMatch(/^Chatwoot: Url is invalid: Hostname '127\.0\.0\.1' has no public ip addresses\. /);
		expect(error.message).toContain(`This trigger's URL is ${WEBHOOK_URL}. Chatwoot 4.14 and later refuse webhook URLs on private networks or without a public hostname unless the Chatwoot server allows them`);
		expect(error.message).toMatch(settings);
		expect(webhookRequests().map((r) => [r.method, r.status])).toEqual([['POST', 422]]);
	});

	test('the same when its own webhook is moved to a private URL', async () => {
		const s = setup({}, {});
		s.webhookUrl = 'https://n8n.example.com/webhook/4f1c/webhook';
		await lifecycle.create.call(hookContext(s));
		ctx.fake.state.server.refusePrivateWebhookUrls = true;
		const error = await lifecycle.checkExists.call(hookContext({ ...s, webhookUrl: WEBHOOK_URL })).catch((e: Error) => e);
		expect(error.message).toMatch(settings);
		expect(webhookRequests().map((r) => [r.method, r.status]).pop()).toEqual(['PATCH', 422]);
	});

	test('a URL taken by a webhook made by hand meanwhile is said to be that, not a private network', async () => {
		ctx.fake.state.webhooks.push({ id: 50, account_id: 1, inbox_id: null, name: null, url: WEBHOOK_URL, subscriptions: ['contact_created'], secret: 'x', created_at: new Date() });
		const error = await lifecycle.create.call(hookContext(setup())).catch((e: Error) => e);
		expect(error.message).toBe(
			"Chatwoot: Url has already been taken. Account 1 already has a webhook with this trigger's URL that this trigger did not create: delete it in Chatwoot (Settings > Integrations > Webhooks), then activate the workflow again.",
		);
	});
});

describe('when no signing secret is known', () => {
	const unsigned = (id = 9) => ({ rawBody: Buffer.from(`{"event":"message_created","id":${id}}`), headers: {} });
	const started = async (s: TriggerSetup, id = 9) => (await trigger.webhook.call(webhookContext(s, unsigned(id)).context)).workflowData !== undefined;
	const NOT_SIGNING =
		'ChatWoot Trigger "ChatWoot Trigger" (workflow wf-1): Chatwoot 4.10.1 does not sign webhook deliveries (4.11.2 and later do), ' +
		'so signatures are not checked and anyone who knows the webhook URL can start the workflow. Options > Require Signature > Always refuses unsigned deliveries.';

	test('an older Chatwoot (no secret): activation asks its version and logs that signatures are not checked; unsigned deliveries start runs, and the log says so once', async () => {
		ctx.fake.state.server.version = '4.10.1';
		const s = setup();
		await lifecycle.create.call(hookContext(s));
		expect(ctx.fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([
			['POST', '/api/v1/accounts/1/webhooks', 200],
			['GET', '/api', 200],
		]);
		expect(s.staticData).toEqual({ webhookId: 1, webhookUrl: WEBHOOK_URL, accountId: 1, chatwootVersion: '4.10.1' });
		expect(s.logs).toEqual([`warn: ${NOT_SIGNING}`]);
		s.workflowId = 'wf-unsigned';
		expect([await started(s, 1), await started(s, 2)]).toEqual([true, true]);
		expect(s.logs?.slice(1)).toEqual([
			'warn: ChatWoot Trigger "ChatWoot Trigger" (workflow wf-unsigned): accepted a delivery without checking its signature: no signing secret is known (Chatwoot 4.10.1; 4.11.2 and later sign).',
		]);
	});

	test('a workflow saved before the version was remembered keeps accepting unsigned deliveries, and the log says so', async () => {
		const s = setup({}, { webhookId: 1, accountId: 1 });
		s.workflowId = 'wf-legacy';
		expect(await started(s)).toBe(true);
		expect(s.logs).toEqual([
			'warn: ChatWoot Trigger "ChatWoot Trigger" (workflow wf-legacy): accepted a delivery without checking its signature: no signing secret is known (Chatwoot of unknown version; 4.11.2 and later sign).',
		]);
	});

	test('Require Signature "Always": activation fails when Chatwoot gives no secret, and unsigned deliveries are refused', async () => {
		ctx.fake.state.server.version = '4.10.1';
		const s = setup({ options: { requireSignature: 'always' } });
		await expect(lifecycle.create.call(hookContext(s))).rejects.toThrow(
			'Require Signature is "Always", but Chatwoot 4.10.1 gave no signing secret for webhook 1: Chatwoot signs deliveries from 4.11.2 on. ' +
				'Update Chatwoot, set Options > Webhook Secret, or choose Require Signature "If Chatwoot Signs" to accept unsigned deliveries.',
		);
		const { context, response } = webhookContext(setup({ options: { requireSignature: 'always' } }, { webhookId: 1, accountId: 1 }), unsigned());
		expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(response).toEqual({ status: 401, body: { message: 'Signature check failed: no signing secret is known' } });
	});

	test('a Chatwoot that signs (4.11.2 and later) but gave no secret: activation fails, and unsigned deliveries are refused', async () => {
		ctx.fake.setFault({ status: 200, body: { payload: { webhook: { id: 99, url: WEBHOOK_URL, subscriptions: ['message_created'] } } }, match: { method: 'POST' } });
		ctx.fake.state.server.version = '4.12.0';
		await expect(lifecycle.create.call(hookContext(setup()))).rejects.toThrow(
			"Chatwoot 4.12.0 signs webhook deliveries, but gave no secret for webhook 99, so signatures cannot be checked: set Options > Webhook Secret to the webhook's secret from Chatwoot, or turn Verify Signature off.",
		);
		const { context, response } = webhookContext(setup({}, { webhookId: 99, accountId: 1, chatwootVersion: '4.12.0' }), unsigned());
		expect(await trigger.webhook.call(context)).toEqual({ noWebhookResponse: true });
		expect(response.status).toBe(401);
	});

	test('Verify Signature off: no version lookup, no warning', async () => {
		ctx.fake.state.server.version = '4.10.1';
		const s = setup({ options: { verifySignature: false } });
		await lifecycle.create.call(hookContext(s));
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['/api/v1/accounts/1/webhooks']);
		expect(await started(s)).toBe(true);
		expect(s.logs).toBeUndefined();
	});

	test('the trigger panel says when deliveries are not checked', () => {
		const notice = trigger.description.properties.find((p: IDataObject) => p.type === 'notice');
		expect(notice.displayName).toMatch(/^Chatwoot signs its deliveries from version 4\.11\.2 on\. With an older Chatwoot, or with Verify Signature off, /);
	});
});

describe('deliveries', () => {
	const SECRET = 'whsec_delivery_test';
	const now = () => String(Math.floor(Date.now() / 1000));
	function signed(payload: IDataObject | string, headers: Record<string, string> = {}, secret = SECRET) {
		const rawBody = Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload));
		const timestamp = headers['X-Chatwoot-Timestamp'] ?? now();
		const signature = `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
		return { rawBody, headers: { 'X-Chatwoot-Timestamp': timestamp, 'X-Chatwoot-Signature': signature, ...headers } };
	}
	const known = (parameters: IDataObject = {}) => setup(parameters, { secret: SECRET, webhookId: 1, accountId: 1 });

	test('a signed event of a selected type starts one execution with the payload', async () => {
		const payload = { event: 'message_created', id: 7, content: 'Hi', conversation: { id: 3 } };
		const { context, response } = webhookContext(known(), signed(payload));
		const result = await trigger.webhook.call(context);
		expect(result).toEqual({ workflowData: [[{ json: payload }]] });
		expect(response.status).toBe(200);
	});

	test.each([
		['a wrong signature', (call: ReturnType<typeof signed>) => ({ ...call, headers: { ...call.headers, 'X-Chatwoot-Signature': `sha256=${'0'.repeat(64)}` } }), 'signature mismatch'],
		['no signature', (call: ReturnType<typeof signed>) => ({ ...call, headers: {} }), 'missing signature headers'],
		['an old timestamp', () => signed({ event: 'message_created' }, { 'X-Chatwoot-Timestamp': String(Math.floor(Date.now() / 1000) - 3600) }), 'timestamp outside the tolerance'],
		['a body changed after signing', (call: ReturnType<typeof signed>) => ({ ...call, rawBody: Buffer.from('{"event":"message_created","id":8}') }), 'signature mismatch'],
	])('%s answers 401 and starts nothing', async (_name, tamper, problem) => {
		const { context, response } = webhookContext(known(), tamper(signed({ event: 'message_created', id: 7 })));
		const result = await trigger.webhook.call(context);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response).toEqual({ status: 401, body: { message: `Signature check failed: ${problem}` } });
	});

	test('an event that was not selected starts nothing', async () => {
		const { context } = webhookContext(known(), signed({ event: 'contact_updated', id: 1 }));
		const result = await trigger.webhook.call(context);
		expect(result.workflowData).toBeUndefined();
	});

	test('a repeated delivery id starts one execution only; another id starts another', async () => {
		const s = known({ options: {} });
		s.workflowId = 'wf-duplicates';
		const first = await trigger.webhook.call(webhookContext(s, signed({ event: 'message_created', id: 1 }, { 'X-Chatwoot-Delivery': 'dlv-1' })).context);
		const retry = await trigger.webhook.call(webhookContext(s, signed({ event: 'message_created', id: 1 }, { 'X-Chatwoot-Delivery': 'dlv-1' })).context);
		const other = await trigger.webhook.call(webhookContext(s, signed({ event: 'message_created', id: 2 }, { 'X-Chatwoot-Delivery': 'dlv-2' })).context);
		expect([first, retry, other].map((r: IDataObject) => r.workflowData !== undefined)).toEqual([true, false, true]);
	});

	test('a signed delivery replayed with a new or no X-Chatwoot-Delivery (the header is not signed) answers 401; the same ID again is a retry', async () => {
		const s = known();
		s.workflowId = 'wf-replay';
		const original = signed({ event: 'message_created', id: 11 }, { 'X-Chatwoot-Delivery': 'dlv-a' });
		const { 'X-Chatwoot-Delivery': _, ...withoutDelivery } = original.headers;
		const answers = [];
		for (const call of [
			original,
			{ ...original, headers: { ...original.headers, 'X-Chatwoot-Delivery': 'dlv-b' } },
			{ ...original, headers: withoutDelivery },
			original,
		]) {
			const { context, response } = webhookContext(s, call);
			const result = await trigger.webhook.call(context);
			answers.push(result.workflowData ? 'run' : (result.webhookResponse?.ignored ?? response));
		}
		const replayed = { status: 401, body: { message: 'Signature check failed: signature already used' } };
		expect(answers).toEqual(['run', replayed, replayed, 'duplicate delivery']);
	});

	test('with Drop Duplicates off, a retry (same signature, same delivery ID) runs again, a replay does not', async () => {
		const s = known({ options: { dropDuplicates: false } });
		s.workflowId = 'wf-replay-keep';
		const original = signed({ event: 'message_created', id: 12 }, { 'X-Chatwoot-Delivery': 'dlv-a' });
		const run = async (call: ReturnType<typeof signed>) => (await trigger.webhook.call(webhookContext(s, call).context)).workflowData !== undefined;
		expect([await run(original), await run(original), await run({ ...original, headers: { ...original.headers, 'X-Chatwoot-Delivery': 'dlv-b' } })]).toEqual([true, true, false]);
	});

	test('Drop Duplicates off lets retries through', async () => {
		const s = known({ options: { dropDuplicates: false } });
		s.workflowId = 'wf-keep-duplicates';
		const call = () => trigger.webhook.call(webhookContext(s, signed({ event: 'message_created' }, { 'X-Chatwoot-Delivery': 'same' })).context);
		expect([(await call()).workflowData !== undefined, (await call()).workflowData !== undefined]).toEqual([true, true]);
	});

	test('the Webhook Secret option verifies a webhook made by hand; Include Headers adds them', async () => {
		const s = setup({ options: { webhookSecret: 'made-by-hand', includeHeaders: true } });
		const result = await trigger.webhook.call(webhookContext(s, signed({ event: 'conversation_created', id: 5 }, {}, 'made-by-hand')).context);
		expect(result.workflowData[0][0].json).toMatchObject({ event: 'conversation_created', id: 5, headers: { 'x-chatwoot-timestamp': expect.any(String) } });
		const refused = webhookContext(s, signed({ event: 'conversation_created' }, {}, 'other-secret'));
		expect(await trigger.webhook.call(refused.context)).toEqual({ noWebhookResponse: true });
	});

	test('Verify Signature off accepts unsigned deliveries even with a secret', async () => {
		const { context } = webhookContext(known({ options: { verifySignature: false } }), { rawBody: Buffer.from('{"event":"message_created"}'), headers: {} });
		expect((await trigger.webhook.call(context)).workflowData).toBeDefined();
	});

	test.each([
		['text', 'abc', '"abc"'],
		['a negative number', -5, '-5'],
	])('a Timestamp Tolerance that is %s is an error naming the field, and an old delivery starts nothing', async (_kind, tolerance, shown) => {
		const old = signed({ event: 'message_created' }, { 'X-Chatwoot-Timestamp': String(Math.floor(Date.now() / 1000) - 3600) });
		const problem = `Timestamp Tolerance: must be a number of seconds, 0 or more, got ${shown}`;
		await expect(trigger.webhook.call(webhookContext(known({ options: { timestampTolerance: tolerance } }), old).context)).rejects.toThrow(problem);
		await expect(lifecycle.checkExists.call(hookContext(known({ options: { timestampTolerance: tolerance } })))).rejects.toThrow(problem);
		expect(ctx.fake.requests).toEqual([]);
	});
});
