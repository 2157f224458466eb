// Tests of the fake Chatwoot itself: the spec check, authentication and the platform API.
import { createHmac } from 'node:crypto';
import * as http from 'node:http';
import { startFakeChatwoot, FakeChatwoot } from '../../dev/fake-chatwoot';

let fake: FakeChatwoot;

beforeEach(async () => {
	fake = await startFakeChatwoot();
});

afterEach(async () => {
	await fake.close();
});

const PLATFORM = { api_access_token: 'platform-token' };
const USER = { 'api-access-token': 'user-token' };
const BOT = { 'api-access-token': 'bot-token' };

interface Answer {
	status: number;
	body: any;
	text: string;
	headers: Headers;
}

interface CallOptions {
	headers?: Record<string, string>;
	json?: unknown;
	body?: BodyInit;
}

async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
	const headers: Record<string, string> = { ...(options.headers || {}) };
	let body = options.body;
	if (options.json !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(options.json);
	}
	const res = await fetch(fake.url + path, { method, headers, body });
	const text = await res.text();
	let parsed: unknown;
	try {
		parsed = text ? JSON.parse(text) : undefined;
	} catch {
		parsed = text;
	}
	return { status: res.status, body: parsed, text, headers: res.headers };
}

/** fetch refuses a body on GET; node:http does not (and some clients send one). */
function rawRequest(method: string, path: string, headers: Record<string, string>, body: string): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = http.request(fake.url + path, { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString();
				resolve({ status: res.statusCode || 0, body: text ? JSON.parse(text) : undefined, text, headers: new Headers() });
			});
		});
		req.on('error', reject);
		req.end(body);
	});
}

const platform = (method: string, path: string, json?: unknown) => call(method, `/platform/api/v1${path}`, { headers: PLATFORM, json });

function expectRejected(answer: Answer, ...fragments: string[]) {
	expect(answer.status).toBe(400);
	expect(answer.body.error).toMatch(/^fake-chatwoot: /);
	for (const f of fragments) expect(answer.body.error).toContain(f);
	const last = fake.requests[fake.requests.length - 1];
	expect(last.rejected).toBeDefined();
	expect(last.status).toBe(400);
}

describe('server', () => {
	it('listens on 127.0.0.1 on a random port', () => {
		expect(fake.url).toBe(`http://127.0.0.1:${fake.port}`);
		expect(fake.port).toBeGreaterThan(0);
	});

	it('answers GET /api without a token (reachability check)', async () => {
		const a = await call('GET', '/api');
		expect(a.status).toBe(200);
		expect(a.body).toMatchObject({ version: '4.11.2', queue_services: 'ok', data_services: 'ok' });
		expect(a.body.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
	});

	it('two fakes run side by side with separate state', async () => {
		const other = await startFakeChatwoot({ tokens: { platform: 'other-platform' } });
		try {
			expect(other.port).not.toBe(fake.port);
			await platform('POST', '/accounts', { name: 'Only here' });
			expect(fake.state.accounts).toHaveLength(2);
			expect(other.state.accounts).toHaveLength(1);
		} finally {
			await other.close();
		}
	});
	it('takes own handlers by operation id, with the built-in one to fall back on (the bench uses this)', async () => {
		let calls = 0;
		const own = await startFakeChatwoot({
			handlers: {
				'list-all-labels': (ctx, builtIn) => {
					calls++;
					return calls === 1 ? { status: 200, body: { payload: [{ id: 99, title: 'own' }] } } : builtIn();
				},
			},
		});
		try {
			const mine = await fetch(`${own.url}/api/v1/accounts/1/labels`, { headers: USER });
			expect(await mine.json()).toEqual({ payload: [{ id: 99, title: 'own' }] });
			const theirs = await fetch(`${own.url}/api/v1/accounts/1/labels`, { headers: USER });
			expect(((await theirs.json()) as { payload: Array<{ title: string }> }).payload.map((l) => l.title)).toEqual(['billing', 'vip', 'bug']);
			expect(calls).toBe(2);
		} finally {
			await own.close();
		}
	});
});

describe('server settings (state.server)', () => {
	const create = (url: string) => call('POST', '/api/v1/accounts/1/webhooks', { headers: USER, json: { url, subscriptions: ['message_created'] } });

	it('plays an older server: GET /api reports its version, and webhooks come without a secret before 4.11.2', async () => {
		fake.state.server.version = '4.10.1';
		expect((await call('GET', '/api')).body.version).toBe('4.10.1');
		const created = await create('https://hooks.example.com/a');
		expect(created.status).toBe(200);
		expect(created.body.payload.webhook).not.toHaveProperty('secret');
		fake.state.server.version = '4.12.0';
		expect((await call('GET', '/api/v1/accounts/1/webhooks', { headers: USER })).body.payload.webhooks[0].secret).toEqual(expect.any(String));
	});

	it('refusePrivateWebhookUrls: private or dotless hosts get 422 on the url, public ones pass', async () => {
		fake.state.server.refusePrivateWebhookUrls = true;
		for (const host of ['127.0.0.1:5678', '10.1.2.3', '172.20.0.5', '192.168.3.21', 'n8n:5678', 'localhost', '[::1]']) {
			const refused = await create(`http://${host}/webhook/x/webhook`);
			expect([refused.status, refused.body.attributes]).toEqual([422, ['url']]);
			expect(refused.body.message).toMatch(/^Url is invalid: Hostname '.+' has no public ip addresses$/);
		}
		expect((await create('https://n8n.example.com/webhook/x/webhook')).status).toBe(200);
		expect((await create('http://172.32.0.1/webhook/x/webhook')).status).toBe(200);
	});

	it('reset() restores the default server', async () => {
		fake.state.server.refusePrivateWebhookUrls = true;
		fake.state.server.enterprise = false;
		fake.reset();
		expect(fake.state.server).toEqual({ version: '4.11.2', refusePrivateWebhookUrls: false, agentBotWebhooks: false, enterprise: true });
	});
});

describe('agent bots: secret and the agent-bot channel (state.server.agentBotWebhooks)', () => {
	/** A local bot endpoint answering `status`; what it received, in order. */
	async function botEndpoint(status = 200) {
		const received: Array<{ headers: http.IncomingHttpHeaders; raw: string }> = [];
		const server = http.createServer((req, res) => {
			let raw = '';
			req.on('data', (chunk) => (raw += chunk));
			req.on('end', () => {
				received.push({ headers: req.headers, raw });
				res.writeHead(status);
				res.end();
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/bot`;
		return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
	}
	const until = async (what: () => boolean) => {
		for (let i = 0; i < 200 && !what(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
	};
	const PUBLIC = '/public/api/v1/inboxes/acme-api-inbox/contacts/jane-api-source/conversations';

	it("shows an account bot's secret to administrators from 4.13.0 on, never to agents", async () => {
		expect((await call('GET', '/api/v1/accounts/1/agent_bots/1', { headers: USER })).body).not.toHaveProperty('secret');
		fake.state.server.version = '4.13.0';
		const shown = await call('GET', '/api/v1/accounts/1/agent_bots/1', { headers: USER });
		expect(shown.body.secret).toBe(fake.state.agentBots[0].secret);
		const updated = await call('PATCH', '/api/v1/accounts/1/agent_bots/1', { headers: USER, json: { outgoing_url: 'https://n8n.example.com/webhook/x/webhook' } });
		expect([updated.body.outgoing_url, updated.body.secret]).toEqual(['https://n8n.example.com/webhook/x/webhook', fake.state.agentBots[0].secret]);
		expect((await call('GET', '/api/v1/accounts/1/agent_bots/1', { headers: { 'api-access-token': 'agent-token' } })).body).not.toHaveProperty('secret');
	});

	it("posts a signed message_created for the bot's inbox; a new conversation there starts pending", async () => {
		const bot = await botEndpoint();
		try {
			Object.assign(fake.state.server, { agentBotWebhooks: true, version: '4.13.0' });
			fake.state.agentBots[0].outgoing_url = bot.url;
			const conversation = (await call('POST', PUBLIC, { json: {} })).body;
			expect(conversation.status).toBe('pending');
			await call('POST', `${PUBLIC}/${conversation.id}/messages`, { json: { content: 'Hello' } });
			await until(() => bot.received.length === 1);
			const [{ headers, raw }] = bot.received;
			const hmac = createHmac('sha256', fake.state.agentBots[0].secret).update(`${headers['x-chatwoot-timestamp']}.${raw}`).digest('hex');
			expect(headers['x-chatwoot-signature']).toBe(`sha256=${hmac}`);
			expect(JSON.parse(raw)).toMatchObject({
				event: 'message_created',
				message_type: 'incoming',
				private: false,
				content: 'Hello',
				inbox: { id: 1, name: 'Acme Support' },
				sender: { id: 1, name: 'Jane Customer' },
				conversation: { id: conversation.id, status: 'pending', inbox_id: 1 },
			});
			expect(JSON.parse(raw).sender).not.toHaveProperty('type');
		} finally {
			await bot.close();
		}
	});

	it('a failed delivery (not 429/500) of a pending conversation opens it with an activity message, and the bot hears conversation_opened', async () => {
		const bot = await botEndpoint(404);
		try {
			fake.state.server.agentBotWebhooks = true;
			fake.state.agentBots[0].outgoing_url = bot.url;
			const conversation = (await call('POST', PUBLIC, { json: {} })).body;
			await call('POST', `${PUBLIC}/${conversation.id}/messages`, { json: { content: 'Hello' } });
			await until(() => fake.state.agentBotDeliveries.length === 2);
			expect(fake.state.agentBotDeliveries.map((d) => [d.event, d.attempt, d.status])).toEqual([
				['message_created', 1, 404],
				['conversation_opened', 1, 404],
			]);
			expect(bot.received[0].headers).not.toHaveProperty('x-chatwoot-signature'); // 4.11.2 does not sign for bots
			const stored = fake.state.conversations.find((c) => c.display_id === conversation.id)!;
			expect(stored.status).toBe('open');
			expect(fake.state.messages.filter((m) => m.conversation_id === stored.id).map((m) => [m.message_type, m.content])).toEqual([
				['incoming', 'Hello'],
				['activity', 'Conversation was marked open by system due to an error with the agent bot.'],
			]);
		} finally {
			await bot.close();
		}
	});
});

describe("server routes the spec leaves out (serverRoutes.js)", () => {
	it('are served with the same strictness: undeclared query keys and bodies the controller does not read are refused', async () => {
		expectRejected(await call('GET', '/api/v1/accounts/1/search?term=x', { headers: USER }), 'unknown query parameter "term" for api/v1/accounts/search#index (declared: q, page)');
		expectRejected(await call('GET', '/api/v1/accounts/1/search', { headers: USER }), 'query parameter "q" is required');
		expectRejected(await call('POST', '/api/v1/accounts/1/conversations/1/mute', { headers: USER, json: { muted: true } }), 'api/v1/accounts/conversations#mute takes no request body');
		expectRejected(
			await call('POST', '/api/v1/accounts/1/macros/1/execute', { headers: USER, json: { conversations: [1] } }),
			'body.conversations is not permitted by the server (api/v1/accounts/macros#execute',
		);
	});

	it('a route the fake does not play answers 501, so no test passes on it', async () => {
		const answer = await call('GET', '/api/v1/accounts/1/dashboard_apps', { headers: USER });
		expect(answer.status).toBe(501);
		expect(answer.body).toEqual({ error: 'fake-chatwoot: no handler for api/v1/accounts/dashboard_apps#index (GET /api/v1/accounts/{account_id}/dashboard_apps)' });
	});

	it('enterprise: false plays a server without the Enterprise code: its routes, in the spec or not, answer 404 Not Found', async () => {
		fake.state.server.enterprise = false;
		for (const path of ['/api/v1/accounts/1/audit_logs', '/api/v1/accounts/1/sla_policies']) {
			const answer = await call('GET', path, { headers: USER });
			expect([answer.status, answer.body]).toEqual([404, { status: 404, error: 'Not Found' }]);
		}
		expect((await call('GET', '/api/v1/accounts/1/labels', { headers: USER })).status).toBe(200);
	});
});

describe('spec check: routes and parameters', () => {
	it('rejects a path that is not in the spec', async () => {
		expectRejected(await platform('GET', '/nothing'), 'no operation GET /platform/api/v1/nothing in the Chatwoot spec');
	});

	it('rejects a method the path does not have, naming those it has', async () => {
		expectRejected(await platform('POST', '/users/1', { name: 'x' }), 'no operation POST /platform/api/v1/users/1', 'PATCH', 'GET', 'DELETE');
	});

	it.each(['abc', '1abc', '-1', '1.5'])('rejects the non-integer path id %p', async (id) => {
		expectRejected(await platform('GET', `/users/${id}`), 'path parameter id', 'must be an integer');
	});

	it('rejects an unknown query key, naming it', async () => {
		expectRejected(await platform('GET', '/users/1?expand=all'), 'unknown query parameter "expand"', 'get-details-of-a-user');
	});

	it('checks query values against their schema', async () => {
		const page = await call('GET', '/api/v1/accounts/1/conversations?page=two', { headers: USER });
		expectRejected(page, 'query parameter "page"', 'must be an integer');
		const status = await call('GET', '/api/v1/accounts/1/conversations?status=closed', { headers: USER });
		expectRejected(status, 'query parameter "status"', '"open"');
	});

	it('enforces required query parameters', async () => {
		expectRejected(await call('GET', '/api/v2/accounts/1/reports/summary', { headers: USER }), 'query parameter "type" is required');
	});

	it('takes arrays as key[] and refuses repeated plain keys (Rails keeps the last)', async () => {
		const ok = await call('GET', '/api/v1/accounts/1/conversations?labels[]=a&labels[]=b', { headers: USER });
		expect(ok.status).toBe(200);
		expectRejected(await call('GET', '/api/v1/accounts/1/conversations?labels=a&labels=b', { headers: USER }), 'labels[]=');
		expectRejected(await call('GET', '/api/v1/accounts/1/conversations?page[]=1', { headers: USER }), 'is not an array');
	});

	it('prefers literal path segments over parameters', async () => {
		const a = await call('GET', '/api/v1/accounts/1/contacts/search?q=alice', { headers: USER });
		expect(a.status).toBe(200);
		expect(fake.requests[0].operationId).toBe('contactSearch');
	});

	it('accepts one trailing slash, as Rails does', async () => {
		expect((await platform('GET', '/users/1/')).status).toBe(200);
	});

	it('accepts PUT where the spec documents PATCH (Rails routes both to #update)', async () => {
		const a = await platform('PUT', '/users/1', { name: 'Alice Put' });
		expect(a.status).toBe(200);
		expect(a.body.name).toBe('Alice Put');
		expect(fake.requests[0].operationId).toBe('update-a-user');
	});

	it('does not accept PUT on the collection routes declared as `patch :update`', async () => {
		const a = await call('PUT', '/api/v1/accounts/1/inbox_members', { headers: USER, json: { inbox_id: 1, user_ids: [1] } });
		expectRejected(a, 'no operation PUT', 'PATCH');
	});

	it('rejects the unprefixed messages path the spec lists by mistake, pointing to the real one', async () => {
		const a = await call('GET', '/accounts/1/conversations/1/messages', { headers: USER });
		expectRejected(a, 'by mistake', '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages');
		expect((await call('GET', '/api/v1/accounts/1/conversations/1/messages', { headers: USER })).status).not.toBe(400);
	});
});

describe('spec check: bodies', () => {
	it('rejects a body property the schema does not list', async () => {
		expectRejected(await platform('PATCH', '/users/1', { nam: 'x' }), 'property "nam"', 'allowed: name, display_name, email, password, custom_attributes');
	});

	it('rejects unknown properties in nested objects too', async () => {
		const a = await call('PUT', '/api/v1/profile', { headers: USER, json: { profile: { nam: 'x' } } });
		expectRejected(a, 'body.profile has property "nam"');
	});

	it('rejects a wrongly typed property', async () => {
		expectRejected(await platform('PATCH', '/users/1', { custom_attributes: 'x' }), 'body.custom_attributes must be object (got string)');
		expectRejected(await platform('POST', '/accounts/1/account_users', { user_id: '1', role: 'agent' }), 'body.user_id must be integer');
	});

	it('rejects a value outside the enum', async () => {
		expectRejected(await platform('POST', '/accounts', { name: 'X', status: 'paused' }), 'body.status must be one of "active", "suspended"');
	});

	it('rejects a missing required property', async () => {
		expectRejected(await platform('POST', '/accounts/1/account_users', { role: 'agent' }), 'missing required property "user_id"');
	});

	it('rejects bad JSON', async () => {
		const a = await call('PATCH', '/platform/api/v1/users/1', { headers: { ...PLATFORM, 'content-type': 'application/json' }, body: '{"name":' });
		expectRejected(a, 'not valid JSON');
		expect(fake.requests[0].operationId).toBe('update-a-user');
	});

	it('rejects a body on an operation that declares none (an empty object is no body)', async () => {
		const json = { ...PLATFORM, 'content-type': 'application/json' };
		expectRejected(await rawRequest('GET', '/platform/api/v1/users/1', json, '{"name":"x"}'), 'takes no request body');
		expectRejected(await call('DELETE', '/platform/api/v1/users/1', { headers: PLATFORM, json: { force: true } }), 'takes no request body');
		expect((await rawRequest('GET', '/platform/api/v1/users/1', json, '{}')).status).toBe(200);
	});

	it('rejects a missing body where the spec requires one', async () => {
		const a = await call('POST', '/api/v1/accounts/1/conversations/1/messages', { headers: USER });
		expectRejected(a, 'requires a request body');
	});

	it('rejects a content type the operation does not take', async () => {
		const a = await call('PATCH', '/platform/api/v1/users/1', { headers: { ...PLATFORM, 'content-type': 'text/plain' }, body: 'name=x' });
		expectRejected(a, 'does not accept text/plain', 'application/json');
		const form = await call('PATCH', '/platform/api/v1/users/1', {
			headers: { ...PLATFORM, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'name=x',
		});
		expectRejected(form, 'does not accept application/x-www-form-urlencoded');
	});

	it('reads urlencoded bodies where the spec allows them, types coerced', async () => {
		const headers = { ...USER, 'content-type': 'application/x-www-form-urlencoded' };
		const ok = await call('PATCH', '/api/v1/accounts/1', { headers, body: 'name=Acme&auto_resolve_after=60' });
		expect(ok.status).toBe(200);
		expect(fake.requests[0].body).toEqual({ name: 'Acme', auto_resolve_after: '60' });
		expectRejected(await call('PATCH', '/api/v1/accounts/1', { headers, body: 'auto_resolve_after=soon' }), 'auto_resolve_after must be integer or null');
	});

	it('accepts a multipart message with attachments[] and records the files', async () => {
		const form = new FormData();
		form.append('content', 'see attached');
		form.append('message_type', 'outgoing');
		form.append('private', 'false');
		form.append('attachments[]', new Blob(['%PDF-1.4 fake'], { type: 'application/pdf' }), 'invoice.pdf');
		const a = await call('POST', '/api/v1/accounts/1/conversations/1/messages', { headers: USER, body: form });
		expect(a.status).toBe(200);
		const body = fake.requests[0].body as any;
		expect(body.fields).toEqual({ content: 'see attached', message_type: 'outgoing', private: 'false' });
		expect(body.files).toHaveLength(1);
		expect(body.files[0]).toMatchObject({ field: 'attachments[]', filename: 'invoice.pdf', mimeType: 'application/pdf' });
		expect(body.files[0].data.toString()).toBe('%PDF-1.4 fake');
	});

	it('rejects multipart messages with unknown fields, bad types or nothing to send', async () => {
		const post = (form: FormData) => call('POST', '/api/v1/accounts/1/conversations/1/messages', { headers: USER, body: form });
		let form = new FormData();
		form.append('content', 'x');
		form.append('is_private', 'true');
		expectRejected(await post(form), 'property "is_private"');
		form = new FormData();
		form.append('content', 'x');
		form.append('private', 'maybe');
		expectRejected(await post(form), 'body.private must be boolean');
		form = new FormData();
		form.append('message_type', 'outgoing');
		expectRejected(await post(form), 'must have content or attachments');
		form = new FormData();
		form.append('attachment', new Blob(['x']), 'a.txt');
		expectRejected(await post(form), 'property "attachment"');
		form = new FormData();
		form.append('content', 'x');
		form.append('content_attributes', '{not json');
		expectRejected(await post(form), 'content_attributes is not valid JSON');
	});

	it('allow-list: platform "delete an account user" needs user_id in the body or query', async () => {
		expectRejected(await call('DELETE', '/platform/api/v1/accounts/1/account_users', { headers: PLATFORM }), 'needs "user_id"');
		expectRejected(await platform('DELETE', '/accounts/1/account_users', { user_id: 2, role: 'agent' }), 'property "role"');
		expect((await platform('DELETE', '/accounts/1/account_users', { user_id: 2 })).status).toBe(200);
		expect((await call('DELETE', '/platform/api/v1/accounts/1/account_users?user_id=1', { headers: PLATFORM })).status).toBe(200);
	});
});

describe('authentication', () => {
	it('takes the token from api_access_token or api-access-token', async () => {
		expect((await call('GET', '/platform/api/v1/users/1', { headers: { api_access_token: 'platform-token' } })).status).toBe(200);
		expect((await call('GET', '/platform/api/v1/users/1', { headers: { 'api-access-token': 'platform-token' } })).status).toBe(200);
		expect((await call('GET', '/api/v1/profile', { headers: { api_access_token: 'user-token' } })).status).toBe(200);
		expect((await call('GET', '/api/v1/profile', { headers: { 'api-access-token': 'user-token' } })).status).toBe(200);
	});

	it('platform API: any missing, unknown or non-platform token gets 401 "Invalid access_token"', async () => {
		for (const headers of [{}, { api_access_token: '' }, { api_access_token: 'nope' }, USER, BOT] as Record<string, string>[]) {
			const a = await call('GET', '/platform/api/v1/users/1', { headers });
			expect(a.status).toBe(401);
			expect(a.body).toEqual({ error: 'Invalid access_token' });
		}
	});

	it('application API: missing token falls through to Devise, a wrong one is an invalid access token', async () => {
		for (const headers of [{}, { 'api-access-token': '  ' }] as Record<string, string>[]) {
			const a = await call('GET', '/api/v1/profile', { headers });
			expect(a.status).toBe(401);
			expect(a.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
		}
		const wrong = await call('GET', '/api/v1/profile', { headers: { 'api-access-token': 'nope' } });
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ error: 'Invalid Access Token' });
	});

	it('agent-bot and platform tokens reach only the bot endpoints of the application API', async () => {
		for (const headers of [BOT, PLATFORM]) {
			const a = await call('GET', '/api/v1/accounts/1/contacts', { headers });
			expect(a.status).toBe(401);
			expect(a.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
		}
		const toggle = await call('POST', '/api/v1/accounts/1/conversations/1/toggle_status', { headers: BOT, json: { status: 'resolved' } });
		expect(toggle.status).not.toBe(401);
	});

	it("agent-bot tokens reach exactly Chatwoot's BOT_ACCESSIBLE_ENDPOINTS (4.14.2: show, custom attributes and labels too)", async () => {
		const C = '/api/v1/accounts/1/conversations/1';
		const allowed: Array<[string, string, unknown?]> = [
			['GET', C],
			['PATCH', C, { priority: 'low' }],
			['POST', `${C}/toggle_status`, { status: 'open' }],
			['POST', `${C}/toggle_priority`, { priority: 'high' }],
			['POST', `${C}/toggle_typing_status`, { typing_status: 'on' }],
			['POST', `${C}/custom_attributes`, { custom_attributes: { order_id: 'A-1' } }],
			['POST', `${C}/messages`, { content: 'Hello' }],
			['POST', `${C}/assignments`, { team_id: 1 }],
			['GET', `${C}/labels`],
			['POST', `${C}/labels`, { labels: ['billing'] }],
			['POST', '/api/v1/accounts/1/conversations', { source_id: 'jane-api-source' }],
		];
		for (const [method, path, json] of allowed) {
			const answer = await call(method, path, { headers: BOT, json });
			expect([method, path, answer.status]).toEqual([method, path, 200]);
		}
		const refused: Array<[string, string, unknown?]> = [
			['GET', `${C}/messages`],
			['GET', '/api/v1/accounts/1/conversations'],
			['GET', '/api/v1/accounts/1/contacts'],
			['POST', '/api/v1/accounts/1/contacts/filter', { payload: [] }],
			['GET', '/api/v1/accounts/1/agents'],
			['GET', '/api/v1/profile'],
		];
		for (const [method, path, json] of refused) {
			const answer = await call(method, path, { headers: BOT, json });
			expect([method, path, answer.status, answer.body]).toEqual([method, path, 401, { error: 'Access to this endpoint is not authorized for bots' }]);
		}
		// a platform token is no bot: refused even where bots may go
		const platformToken = await call('GET', C, { headers: PLATFORM });
		expect(platformToken.status).toBe(401);
	});

	it('an agent bot reaches only the accounts it serves', async () => {
		await platform('POST', '/accounts', { name: 'Other Co' });
		const other = await call('POST', '/api/v1/accounts/2/conversations/1/toggle_status', { headers: BOT, json: { status: 'open' } });
		expect(other.status).toBe(401);
		expect(other.body).toEqual({ error: 'Bot is not authorized to access this account' });
	});

	it('a user reaches only the accounts they belong to; a missing account is 404', async () => {
		await platform('POST', '/accounts', { name: 'Other Co' });
		const other = await call('GET', '/api/v1/accounts/2/contacts', { headers: USER });
		expect(other.status).toBe(401);
		expect(other.body).toEqual({ error: 'You are not authorized to access this account' });
		const missing = await call('GET', '/api/v1/accounts/99/contacts', { headers: USER });
		expect(missing.status).toBe(404);
		expect(missing.body).toEqual({ error: 'Resource could not be found' });
	});

	it('a user created through the platform API can use their own access token', async () => {
		const created = await platform('POST', '/users', { name: 'Dora', email: 'dora@acme.test', password: 'Secret1!' });
		await platform('POST', '/accounts/1/account_users', { user_id: created.body.id, role: 'agent' });
		const me = await call('GET', '/api/v1/profile', { headers: { 'api-access-token': created.body.access_token } });
		expect(me.status).toBe(200);
		expect(me.body).toMatchObject({ id: created.body.id, email: 'dora@acme.test', role: 'agent' });
	});

	it('honours custom tokens', async () => {
		const custom = await startFakeChatwoot({ tokens: { platform: 'p1', user: 'u1', bot: 'b1' } });
		try {
			const res = await fetch(`${custom.url}/platform/api/v1/users/1`, { headers: { api_access_token: 'p1' } });
			expect(res.status).toBe(200);
			expect(((await res.json()) as any).access_token).toBe('u1');
			expect(custom.state.agentBots[0].access_token).toBe('b1');
		} finally {
			await custom.close();
		}
	});
});

describe('platform users', () => {
	it('create, get, update (merging custom attributes), SSO link, delete, then 404', async () => {
		const created = await platform('POST', '/users', {
			name: 'Daniel',
			display_name: 'Dan',
			email: 'Daniel@Acme.test',
			password: 'Password2!',
			custom_attributes: { plan: 'pro' },
		});
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({
			name: 'Daniel',
			available_name: 'Daniel',
			display_name: null, // not permitted by the server: dropped
			email: 'daniel@acme.test', // Devise downcases
			uid: 'daniel@acme.test',
			confirmed: true,
			provider: 'email',
			custom_attributes: { plan: 'pro' },
			account_id: null,
			role: null,
			accounts: [],
		});
		expect(created.body.id).toBe(3);
		expect(created.body.access_token).toMatch(/^\w{24}$/);
		const id = created.body.id;

		expect((await platform('GET', `/users/${id}`)).body).toEqual(created.body);

		const updated = await platform('PATCH', `/users/${id}`, { name: 'Daniel B', custom_attributes: { team: 'red' } });
		expect(updated.status).toBe(200);
		expect(updated.body).toMatchObject({ name: 'Daniel B', custom_attributes: { plan: 'pro', team: 'red' } });

		const login = await platform('GET', `/users/${id}/login`);
		expect(login.status).toBe(200);
		expect(login.body.url).toMatch(new RegExp(`^${fake.url}/app/login\\?email=daniel%40acme\\.test&sso_auth_token=[0-9a-f]{64}$`));

		const deleted = await platform('DELETE', `/users/${id}`);
		expect(deleted.status).toBe(200);
		expect(deleted.text).toBe('');
		expect(deleted.headers.get('content-type')).toContain('application/json');

		const gone = await platform('GET', `/users/${id}`);
		expect(gone.status).toBe(404);
		expect(gone.body).toEqual({ status: 404, error: 'Not Found' });
	});

	it('lists accounts with role in the user view', async () => {
		const a = await platform('GET', '/users/1');
		expect(a.body).toMatchObject({ id: 1, email: 'alice@acme.test', account_id: 1, role: 'administrator' });
		expect(a.body.accounts).toEqual([{ id: 1, name: 'Acme', active_at: expect.any(String), role: 'administrator' }]);
	});

	it('422 for blank name, invalid email, taken email', async () => {
		let a = await platform('POST', '/users', { name: '', email: 'x@acme.test', password: 'Password2!' });
		expect(a.status).toBe(422);
		expect(a.body).toEqual({ message: "Name can't be blank", attributes: ['name'] });

		a = await platform('POST', '/users', { name: 'X', email: 'not-an-email', password: 'Password2!' });
		expect(a.body).toEqual({ message: 'Email is invalid', attributes: ['email'] });

		// another case of an existing email is a new record that collides
		a = await platform('POST', '/users', { name: 'X', email: 'ALICE@acme.test', password: 'Password2!' });
		expect(a.status).toBe(422);
		expect(a.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });

		a = await platform('PATCH', '/users/1', { email: 'bob@acme.test' });
		expect(a.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
		a = await platform('PATCH', '/users/1', { name: '  ' });
		expect(a.body).toEqual({ message: "Name can't be blank", attributes: ['name'] });
	});

	it('create with an email already stored returns that user unchanged (find_by email)', async () => {
		const a = await platform('POST', '/users', { name: 'Someone Else', email: 'alice@acme.test', password: 'Password2!' });
		expect(a.status).toBe(200);
		expect(a.body).toMatchObject({ id: 1, name: 'Alice Admin' });
		expect(fake.state.users).toHaveLength(2);
	});

	it.each([
		['Pass1!', undefined],
		['password1!', 'Password must contain at least 1 uppercase character'],
		['PASSWORD1!', 'Password must contain at least 1 lowercase character'],
		['Password!', 'Password must contain at least 1 number character'],
		['Password1', 'Password must contain at least 1 special character'],
		['Pa1!', 'Password must contain at least 6 characters'],
		['Pässword1!', 'Password contains 1 invalid character (ä)'],
		['P1!' + 'a'.repeat(126), 'Password must contain less than 128 characters'],
	])('password %p', async (password, message) => {
		const a = await platform('POST', '/users', { name: 'P', email: 'p@acme.test', password });
		if (message === undefined) {
			expect(a.status).toBe(200);
		} else {
			expect(a.status).toBe(422);
			expect(a.body).toEqual({ message, attributes: ['password'] });
		}
	});

	it('a password is required on create and checked on update', async () => {
		const a = await platform('POST', '/users', { name: 'P', email: 'p@acme.test' });
		expect(a.status).toBe(422);
		expect(a.body.attributes).toEqual(['password']);
		expect(a.body.message).toContain('Password must contain at least 6 characters');
		const u = await platform('PATCH', '/users/1', { password: 'weak' });
		expect(u.status).toBe(422);
		expect(u.body.attributes).toEqual(['password']);
	});

	it('a user the platform app did not create is off limits (401 Non permissible resource)', async () => {
		for (const [method, path] of [
			['GET', '/users/2'],
			['GET', '/users/2/login'],
			['DELETE', '/users/2'],
		]) {
			const a = await platform(method, path);
			expect(a.status).toBe(401);
			expect(a.body).toEqual({ error: 'Non permissible resource' });
		}
		const p = await platform('PATCH', '/users/2', { name: 'x' });
		expect(p.body).toEqual({ error: 'Non permissible resource' });
	});
});

describe('platform accounts and account users', () => {
	it('account CRUD', async () => {
		const created = await platform('POST', '/accounts', { name: 'Globex', locale: 'de', custom_attributes: { tier: 'gold' } });
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({ id: 2, name: 'Globex', locale: 'de', status: 'active', custom_attributes: { tier: 'gold' }, limits: {} });
		expect(created.body.enabled_features).toEqual(expect.objectContaining({ agent_bots: true }));
		expect((await platform('GET', '/accounts/2')).body).toEqual(created.body);
		const updated = await platform('PATCH', '/accounts/2', { name: 'Globex Corp', status: 'suspended' });
		expect(updated.body).toMatchObject({ name: 'Globex Corp', status: 'suspended', locale: 'de' });
		expect((await platform('DELETE', '/accounts/2')).status).toBe(200);
		expect((await platform('GET', '/accounts/2')).status).toBe(404);
	});

	it('account name must be present', async () => {
		const a = await platform('POST', '/accounts', {});
		expect(a.status).toBe(422);
		expect(a.body).toEqual({ message: "Name can't be blank", attributes: ['name'] });
	});

	it('lists account users as a bare array of rows', async () => {
		const a = await platform('GET', '/accounts/1/account_users');
		expect(a.status).toBe(200);
		expect(a.body).toHaveLength(2);
		expect(a.body[0]).toMatchObject({ account_id: 1, user_id: 1, role: 'administrator' });
		expect(a.body[1]).toMatchObject({ account_id: 1, user_id: 2, role: 'agent' });
	});

	it('create adds or updates the membership; delete removes it', async () => {
		const account = await platform('POST', '/accounts', { name: 'Initech' });
		const path = `/accounts/${account.body.id}/account_users`;
		let a = await platform('POST', path, { user_id: 1, role: 'agent' });
		expect(a.status).toBe(200);
		expect(a.body).toMatchObject({ account_id: account.body.id, user_id: 1, role: 'agent' });
		a = await platform('POST', path, { user_id: 1, role: 'administrator' });
		expect(a.body.role).toBe('administrator');
		expect((await platform('GET', path)).body).toHaveLength(1);
		expect((await platform('GET', '/users/1')).body.accounts.map((x: any) => x.id)).toEqual([1, account.body.id]);
		a = await platform('DELETE', path, { user_id: 1 });
		expect(a.status).toBe(200);
		expect(a.text).toBe('');
		expect((await platform('GET', path)).body).toEqual([]);
	});

	it('422 for an unknown role or user; 404 for an unknown account', async () => {
		let a = await platform('POST', '/accounts/1/account_users', { user_id: 1, role: 'owner' });
		expect(a.status).toBe(422);
		expect(a.body).toEqual({ message: 'Role is not included in the list', attributes: ['role'] });
		a = await platform('POST', '/accounts/1/account_users', { user_id: 99, role: 'agent' });
		expect(a.body).toEqual({ message: 'User must exist', attributes: ['user'] });
		a = await platform('GET', '/accounts/99/account_users');
		expect(a.status).toBe(404);
	});
});

describe('platform agent bots', () => {
	it('lists only the bots the platform app created', async () => {
		const a = await platform('GET', '/agent_bots');
		expect(a.status).toBe(200);
		expect(a.body.map((b: any) => b.id)).toEqual([1]);
		expect(a.body[0]).toMatchObject({ name: 'Acme Helper', account_id: 1, bot_type: 'webhook', system_bot: false });
		expect(a.body[0].access_token).toMatchObject({ owner_type: 'AgentBot', owner_id: 1, token: 'bot-token' });
	});

	it('CRUD', async () => {
		const created = await platform('POST', '/agent_bots', { name: 'Greeter', description: 'Says hi', outgoing_url: 'https://example.test/hook', account_id: 1 });
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({ id: 3, name: 'Greeter', description: 'Says hi', outgoing_url: 'https://example.test/hook', account_id: 1 });
		expect((await platform('GET', '/agent_bots/3')).body).toEqual(created.body);
		const updated = await platform('PUT', '/agent_bots/3', { name: 'Greeter 2' });
		expect(updated.body).toMatchObject({ name: 'Greeter 2', description: 'Says hi' });
		expect((await platform('GET', '/agent_bots')).body).toHaveLength(2);
		expect((await platform('DELETE', '/agent_bots/3')).status).toBe(200);
		expect((await platform('GET', '/agent_bots/3')).status).toBe(404);
	});

	it('the bot made in the dashboard is not permissible', async () => {
		const a = await platform('GET', '/agent_bots/2');
		expect(a.status).toBe(401);
		expect(a.body).toEqual({ error: 'Non permissible resource' });
	});
});

describe('profile', () => {
	it('GET /api/v1/profile shows the user of the token and their accounts', async () => {
		const a = await call('GET', '/api/v1/profile', { headers: USER });
		expect(a.status).toBe(200);
		expect(a.body).toMatchObject({ id: 1, name: 'Alice Admin', email: 'alice@acme.test', access_token: 'user-token', account_id: 1, role: 'administrator' });
		expect(a.body.accounts).toEqual([expect.objectContaining({ id: 1, name: 'Acme', role: 'administrator', status: 'active' })]);
		const agent = await call('GET', '/api/v1/profile', { headers: { 'api-access-token': 'agent-token' } });
		expect(agent.body).toMatchObject({ id: 2, available_name: 'Bob', role: 'agent' });
	});
});

describe('profile update', () => {
	it('PUT /api/v1/profile changes the user; a new password needs the current one', async () => {
		const headers = { ...USER };
		const a = await call('PUT', '/api/v1/profile', { headers, json: { profile: { name: 'Alice A', display_name: 'Al' } } });
		expect(a.status).toBe(200);
		expect(a.body).toMatchObject({ name: 'Alice A', display_name: 'Al', available_name: 'Al' });
		const wrong = await call('PUT', '/api/v1/profile', { headers, json: { profile: { password: 'Newpass1!', current_password: 'nope' } } });
		expect(wrong).toMatchObject({ status: 422, body: { error: 'Invalid current password' } });
		const weak = await call('PUT', '/api/v1/profile', { headers, json: { profile: { password: 'weak', current_password: 'Password1!' } } });
		expect(weak.status).toBe(422);
		expect(weak.body.attributes).toEqual(['password']);
		expectRejected(await call('PUT', '/api/v1/profile', { headers, json: { name: 'flat' } }), 'property "name"');
	});
});

describe('recording and reset', () => {
	it('records every request in order, rejected ones included', async () => {
		await call('GET', '/platform/api/v1/users/1?', { headers: PLATFORM });
		await call('PATCH', '/platform/api/v1/users/1?x=1', { headers: PLATFORM, json: { name: 'Z' } });
		await call('GET', '/api/v1/profile', { headers: {} });
		expect(fake.requests.map((r) => [r.method, r.path, r.status, r.operationId])).toEqual([
			['GET', '/platform/api/v1/users/1', 200, 'get-details-of-a-user'],
			['PATCH', '/platform/api/v1/users/1', 400, 'update-a-user'],
			['GET', '/api/v1/profile', 401, 'fetchProfile'],
		]);
		const patch = fake.requests[1];
		expect(patch.query).toEqual({ x: '1' });
		expect(patch.body).toEqual({ name: 'Z' });
		expect(patch.rawBody.toString()).toBe('{"name":"Z"}');
		expect(patch.headers.api_access_token).toBe('platform-token');
		expect(patch.rejected).toContain('unknown query parameter "x"');
		expect(fake.requests[0].body).toBeUndefined();
		expect(fake.requests[0].rejected).toBeUndefined();
	});

	it('reset() clears the requests and restores the seed', async () => {
		const requests = fake.requests;
		await platform('POST', '/users', { name: 'Temp', email: 'temp@acme.test', password: 'Password2!' });
		await platform('PATCH', '/users/1', { name: 'Changed' });
		fake.reset();
		expect(requests).toHaveLength(0);
		expect(fake.state.users.map((u) => u.name)).toEqual(['Alice Admin', 'Bob Agent']);
		const again = await platform('POST', '/users', { name: 'Temp', email: 'temp@acme.test', password: 'Password2!' });
		expect(again.body.id).toBe(3);
	});

	it('seed: false starts empty', async () => {
		const empty = await startFakeChatwoot({ seed: false });
		try {
			expect(empty.state.users).toEqual([]);
			const res = await fetch(`${empty.url}/api/v1/profile`, { headers: USER });
			expect(res.status).toBe(401);
			const created = await fetch(`${empty.url}/platform/api/v1/accounts`, {
				method: 'POST',
				headers: { ...PLATFORM, 'content-type': 'application/json' },
				body: JSON.stringify({ name: 'First' }),
			});
			expect(((await created.json()) as any).id).toBe(1);
		} finally {
			await empty.close();
		}
	});

	it('tests may seed state directly', async () => {
		fake.state.users.push({ ...fake.state.users[0], id: 50, email: 'seeded@acme.test', access_token: 'seeded-token' });
		fake.state.permissibles.push('User:50');
		expect((await platform('GET', '/users/50')).body.email).toBe('seeded@acme.test');
		expect((await call('GET', '/api/v1/profile', { headers: { 'api-access-token': 'seeded-token' } })).body.id).toBe(50);
	});
});
