/**
 * Where the access token goes and how every request travels (issue 13): redirects are not
 * followed with the token, side requests (label and custom-attribute reads) use the node's
 * Request Options and fail like the main request, errors carry nothing of the token, the
 * Chatwoot URL cannot swallow the API path, and the public APIs get no token. A second fake
 * on another port stands in for "another host" and records what reaches it.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { inspect } from 'node:util';
import { startFakeChatwoot, type FakeChatwoot, type RecordedRequest } from '../../dev/fake-chatwoot';
import { testCredential } from '../helpers/credentialTest';
import { runNode, type RunOptions, type RunResult, type TestCredential } from '../helpers/engine';
import { byId, expectAllAccepted, expectedRequest, summary, TOKENS, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();
let other: FakeChatwoot;

beforeAll(async () => {
	other = await startFakeChatwoot({ tokens: TOKENS });
});
beforeEach(() => other.reset());
afterAll(async () => {
	await other.close();
});

const CONTACT = '/api/v1/accounts/1/contacts/1';
const LABELS = `${CONTACT}/labels`;
const CONVERSATION = '/api/v1/accounts/1/conversations/1';

/** Everything a user, a log or the execution data could show. */
function everything(result: RunResult): string {
	const deep = (value: unknown) => inspect(value, { depth: null, showHidden: true, maxArrayLength: null, maxStringLength: null });
	return [deep(result.error), result.error?.stack, JSON.stringify(result.items), JSON.stringify(result.run)].join('\n');
}

/** Requests that carried any of the tokens, in any header. */
function withToken(requests: RecordedRequest[]): string[] {
	const tokens = Object.values(TOKENS);
	return requests
		.filter((request) => tokens.some((token) => JSON.stringify(request.headers).includes(token)))
		.map((request) => `${request.method} ${request.path}`);
}

function run(parameters: Record<string, unknown>, options: Partial<RunOptions> = {}) {
	return runNode({ parameters: parameters as never, credential: userCredential(ctx.fake), ...options });
}

function redirect(status: number, location: string, match: { method?: string; path: string }) {
	ctx.fake.setFault({ status, body: '', headers: { Location: location }, match });
}

describe('redirects are not followed with the token', () => {
	test('Contact > Get answered 302 to another host: an error naming that host, nothing reaches it', async () => {
		redirect(302, `${other.url}${CONTACT}?session=abc`, { path: CONTACT });
		const result = await run({ resource: 'contact', operation: 'get', contact: byId(1) });
		expect(result.items).toEqual([]);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(`Chatwoot answered 302 Found: a redirect to ${other.url}`);
		expect(result.error?.description).toBe(
			`GET ${CONTACT} was redirected to ${other.url}${CONTACT}. The node does not follow redirects, so that the access token goes nowhere but to the Chatwoot URL of the credential. Put the address Chatwoot answers at into the credential (an old domain, http instead of https, or a sign-in proxy in front of Chatwoot answer with redirects).`,
		);
		expect(result.error?.httpCode).toBe('302');
		expect(ctx.fake.requests.map(summary)).toEqual([{ ...expectedRequest('GET', CONTACT), status: 302 }]);
		expect(other.requests).toEqual([]);
		expect(everything(result)).not.toContain(TOKENS.user);
	});

	test('Contact > Update answered 307: neither the token nor the body goes to the other host', async () => {
		redirect(307, `${other.url}${CONTACT}`, { method: 'PUT', path: CONTACT });
		const result = await run({
			resource: 'contact',
			operation: 'update',
			contact: byId(1),
			contactUpdateFields: { name: 'Jane Moved' },
		});
		expect(result.error?.message).toBe(`Chatwoot answered 307 Temporary Redirect: a redirect to ${other.url}`);
		expect(result.error?.httpCode).toBe('307');
		expect(other.requests).toEqual([]);
	});

	test('Add Labels: the label read answered 302 stops the operation before the write', async () => {
		redirect(302, `${other.url}${LABELS}`, { method: 'GET', path: LABELS });
		const result = await run({ resource: 'contact', operation: 'addLabels', contact: byId(1), contactLabelsToAdd: ['bug'] });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(`Chatwoot answered 302 Found: a redirect to ${other.url}`);
		expect(result.error?.description).toMatch(new RegExp(`^GET ${LABELS} was redirected to ${other.url}${LABELS}\\. The node does not follow redirects`));
		expect(ctx.fake.requests.map(summary)).toEqual([{ ...expectedRequest('GET', LABELS), status: 302 }]);
		expect(other.requests).toEqual([]);
		expect(everything(result)).not.toContain(TOKENS.user);
	});

	test('a redirect with an empty body is an error, not {"success": true}', async () => {
		redirect(302, '/app/login', { method: 'DELETE', path: CONTACT });
		const result = await run({ resource: 'contact', operation: 'delete', contact: byId(1) });
		expect(result.items).toEqual([]);
		expect(result.error?.message).toBe(`Chatwoot answered 302 Found: a redirect to ${ctx.fake.url}`);
		expect(result.error?.description).toMatch(new RegExp(`^DELETE ${CONTACT} was redirected to ${ctx.fake.url}/app/login\\.`));
		expect(ctx.fake.state.contacts.map((contact) => contact.id)).toContain(1);
	});

	test('a searchable list answered 302 to another host: an error, nothing reaches it', async () => {
		redirect(302, `${other.url}/api/v1/accounts/1/labels`, { path: '/api/v1/accounts/1/labels' });
		await expect(searchList('getLabels', userCredential(ctx.fake))).rejects.toThrow(`Chatwoot answered 302 Found: a redirect to ${other.url}`);
		expect(other.requests).toEqual([]);
	});

	test('the credential test fails on a redirect and sends nothing to the other host', async () => {
		redirect(301, `${other.url}/api/v1/profile`, { path: '/api/v1/profile' });
		const result = await testCredential(userCredential(ctx.fake));
		expect(result).toEqual({
			status: 'Error',
			message:
				'The Chatwoot URL answers with a redirect (301 Moved Permanently), which n8n does not follow with the access token. Use the address it redirects to, as the browser shows it after signing in to Chatwoot.',
		});
		expect(other.requests).toEqual([]);
	});

	test.each([
		['user', TOKENS.user, '/api/v1/profile'],
		['platformApp', TOKENS.platform, '/platform/api/v1/agent_bots'],
		['agentBot', TOKENS.bot, '/api'],
	] as const)('the credential test of a %s token still passes', async (kind, accessToken, testPath) => {
		const result = await testCredential({ url: `${ctx.fake.url}/`, accessToken, kind });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(ctx.fake.requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([`GET ${testPath} 200`]);
	});
});

/** A forward proxy on 127.0.0.1 that records what passes through it. */
async function startProxy() {
	const seen: string[] = [];
	const server = http.createServer((req, res) => {
		seen.push(`${req.method} ${new URL(req.url!).pathname}`);
		const upstream = http.request(req.url!, { method: req.method, headers: req.headers }, (answer) => {
			res.writeHead(answer.statusCode!, answer.headers);
			answer.pipe(res);
		});
		req.pipe(upstream);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return { url, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Chatwoot behind HTTPS with a self-signed certificate (test/fixtures/tls). */
async function startSelfSignedFront(target: string) {
	const tls = path.resolve(__dirname, '../fixtures/tls');
	const server = https.createServer(
		{ key: fs.readFileSync(path.join(tls, 'self-signed.key')), cert: fs.readFileSync(path.join(tls, 'self-signed.crt')) },
		(req, res) => {
			const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
				res.writeHead(answer.statusCode!, answer.headers);
				answer.pipe(res);
			});
			req.pipe(upstream);
		},
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe("side requests use the node's Request Options and fail like the main request", () => {
	const addLabels = { resource: 'contact', operation: 'addLabels', contact: byId(1), contactLabelsToAdd: ['bug'] };

	test('Timeout: a label read slower than 500 ms stops the operation after 500 ms', async () => {
		ctx.fake.setFault({ delayMs: 4000, match: { method: 'GET', path: LABELS } });
		const started = performance.now();
		const result = await run({ ...addLabels, requestOptions: { timeout: 500 } });
		expect(performance.now() - started).toBeLessThan(3000);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Chatwoot did not answer within 500 ms');
		expect(result.error?.description).toMatch(
			new RegExp(`^GET ${LABELS} on http://127\\.0\\.0\\.1:\\d+ got no answer before the node's timeout \\(Settings > Request Options > Timeout\\)`),
		);
		expect(result.error?.httpCode).toBe('ECONNABORTED');
		expect(ctx.fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${LABELS}`]);
		expect(everything(result)).not.toContain(TOKENS.user);
	});

	test('Proxy: the label read and the custom-attribute read go through the proxy too', async () => {
		const proxy = await startProxy();
		try {
			const labels = await run({ ...addLabels, requestOptions: { proxy: proxy.url } });
			expect(labels.error).toBeUndefined();
			// a conversation's attributes are read, then written whole (a contact's are merged by Chatwoot: no read)
			const attributes = await run({
				resource: 'conversation',
				operation: 'setCustomAttributes',
				conversation: byId(1),
				conversationCustomAttributes: '{"tier": "gold"}',
				requestOptions: { proxy: proxy.url },
			});
			expect(attributes.error).toBeUndefined();
			expectAllAccepted(ctx.fake);
			expect(proxy.seen).toEqual([`GET ${LABELS}`, `POST ${LABELS}`, `GET ${CONVERSATION}`, `POST ${CONVERSATION}/custom_attributes`]);
		} finally {
			await proxy.close();
		}
	});

	test('Ignore SSL Issues: the label read accepts a self-signed certificate too', async () => {
		const front = await startSelfSignedFront(ctx.fake.url);
		try {
			const credential: TestCredential = { ...userCredential(ctx.fake), url: front.url };
			const refused = await runNode({ parameters: addLabels as never, credential });
			expect(refused.error?.message).toBe("Chatwoot's TLS certificate was not accepted");
			expect(ctx.fake.requests).toEqual([]);
			const result = await runNode({ parameters: { ...addLabels, requestOptions: { allowUnauthorizedCerts: true } } as never, credential });
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json)).toEqual([{ labels: ['vip', 'bug'] }]);
			expect(ctx.fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${LABELS}`, `POST ${LABELS}`]);
		} finally {
			await front.close();
		}
	});

	test('a connection reset during the label read is explained, without the token', async () => {
		ctx.fake.setFault({ reset: true, match: { method: 'GET', path: LABELS } });
		const result = await run(addLabels);
		expect(result.error?.message).toBe('The connection to Chatwoot broke off before the answer was complete');
		expect(result.error?.description).toMatch(new RegExp(`^GET ${LABELS} on http://127\\.0\\.0\\.1:\\d+: the connection was reset \\(ECONNRESET\\)`));
		expect(result.error?.httpCode).toBe('ECONNRESET');
		expect(everything(result)).not.toContain(TOKENS.user);
	});

	test('a file download that times out is explained, without the token', async () => {
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
		const messages = { resource: 'message', messageConversation: byId(1) };
		const sent = await runNode({
			parameters: { ...messages, operation: 'create', messageContent: 'A file', messageAdditionalFields: { attachments: 'data' } } as never,
			credential: userCredential(ctx.fake),
			inputItems: [{ json: {}, binary: { data: { data: png, fileName: 'logo.png', mimeType: 'image/png' } } }],
		});
		expect(sent.error).toBeUndefined();
		ctx.fake.setFault({ delayMs: 2000, match: { path: /^\/rails\/active_storage\// } });
		const result = await run({ ...messages, operation: 'getAll', messageReturnAll: true, messageDownloadAttachments: true, requestOptions: { timeout: 300 } });
		expect(result.error?.message).toMatch(/^Could not download attachment \d+ \([^)]+\) of message \d+: no answer within 300 ms$/);
		expect(everything(result)).not.toContain(TOKENS.user);
	});

	test("Chatwoot's refusal of the label read reads like that of any operation", async () => {
		ctx.fake.setFault({ status: 401, body: { error: 'Invalid Access Token' }, match: { method: 'GET', path: LABELS } });
		const result = await run(addLabels);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Chatwoot: Invalid Access Token');
		expect(result.error?.description).toMatch(new RegExp(`^Chatwoot did not accept the access token\\. GET ${LABELS} needs a User token`));
		expect(result.error?.httpCode).toBe('401');
		expect((result.error?.context as { itemIndex?: number }).itemIndex).toBe(0);
		expect(everything(result)).not.toContain(TOKENS.user);
	});
});

describe('CSAT Survey fails like every other operation', () => {
	const survey = () => ({ resource: 'csatSurvey', operation: 'get', conversationUuid: ctx.fake.state.conversations[0].uuid });

	test('a timeout is explained in plain words, without the token', async () => {
		ctx.fake.setFault({ delayMs: 2000 });
		const result = await run({ ...survey(), requestOptions: { timeout: 300 } });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Chatwoot did not answer within 300 ms');
		expect(result.error?.description).toMatch(/^GET \/survey\/responses\/[\w-]+ on http:\/\/127\.0\.0\.1:\d+ got no answer/);
		expect(everything(result)).not.toContain(TOKENS.user);
	});

	test('a connection reset is explained in plain words, without the token', async () => {
		ctx.fake.setFault({ reset: true });
		const result = await run(survey());
		expect(result.error?.message).toBe('The connection to Chatwoot broke off before the answer was complete');
		expect(result.error?.httpCode).toBe('ECONNRESET');
		expect(everything(result)).not.toContain(TOKENS.user);
	});

	test('a redirect to a sign-in page is an error naming where it points', async () => {
		redirect(302, `${other.url}/login`, { path: `/survey/responses/${String(survey().conversationUuid)}` });
		const result = await run(survey());
		expect(result.error?.message).toBe(`Chatwoot answered 302 Found: a redirect to ${other.url}`);
		expect(other.requests).toEqual([]);
	});
});

describe('a Chatwoot URL with a query string or a fragment is refused', () => {
	test.each([
		['a query string', '?tenant=acme'],
		['a fragment', '#/dashboard'],
	])('%s: the operation fails before any request', async (_name, suffix) => {
		const result = await runNode({
			parameters: { resource: 'contact', operation: 'get', contact: byId(1) } as never,
			credential: { ...userCredential(ctx.fake), url: `${ctx.fake.url}/${suffix}` },
		});
		// a NodeOperationError from the preSend; n8n-core wraps it, message and description kept
		expect(result.error?.message).toBe(
			`Chatwoot URL (credential): must be the address of the server, without ? or #, got "${ctx.fake.url}/${suffix}"`,
		);
		expect(result.error?.description).toBe(
			'A query string or fragment would swallow the API path of every request. Use the address without them, e.g. https://chat.example.com.',
		);
		expect(ctx.fake.requests).toEqual([]);
	});

	test('the credential test names the problem and sends nothing', async () => {
		const result = await testCredential({ ...userCredential(ctx.fake), url: `${ctx.fake.url}?tenant=acme` });
		expect(result).toEqual({
			status: 'Error',
			message: `Chatwoot URL (credential): must be the address of the server, without ? or #, got "${ctx.fake.url}?tenant=acme"`,
		});
		expect(ctx.fake.requests).toEqual([]);
	});

	test('searchable lists (and the trigger) use the same check', async () => {
		await expect(searchList('getContacts', { ...userCredential(ctx.fake), url: `${ctx.fake.url}?x=1` })).rejects.toThrow(
			`Chatwoot URL (credential): must be the address of the server, without ? or #, got "${ctx.fake.url}?x=1"`,
		);
		expect(ctx.fake.requests).toEqual([]);
	});

	test('a dashboard address keeps working: everything from /app on is dropped', async () => {
		const result = await runNode({
			parameters: { resource: 'contact', operation: 'get', contact: byId(1) } as never,
			credential: { ...userCredential(ctx.fake), url: `${ctx.fake.url}/app/accounts/1/contacts?page=2#top` },
		});
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', CONTACT)]);
	});
});

describe('the public APIs get no access token', () => {
	test('Client API: Inbox > Get goes without it', async () => {
		const result = await run({ resource: 'clientInbox', operation: 'get', inboxIdentifier: 'acme-api-inbox' });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/public/api/v1/inboxes/acme-api-inbox')]);
		expect(withToken(ctx.fake.requests)).toEqual([]);
	});

	test('Client API: a message goes without it (POST with a body)', async () => {
		const result = await run({
			resource: 'clientMessage',
			operation: 'create',
			clientMessageInboxIdentifier: 'acme-api-inbox',
			clientMessageContactIdentifier: 'jane-api-source',
			clientMessageConversationId: 1,
			clientMessageContent: 'Hello',
		});
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([
			'POST /public/api/v1/inboxes/acme-api-inbox/contacts/jane-api-source/conversations/1/messages 200',
		]);
		expect(withToken(ctx.fake.requests)).toEqual([]);
	});

	test('CSAT Survey > Get (a public page) goes without it', async () => {
		const uuid = ctx.fake.state.conversations[0].uuid;
		const result = await run({ resource: 'csatSurvey', operation: 'get', conversationUuid: uuid });
		expect(result.error).toBeUndefined();
		expect(withToken(ctx.fake.requests)).toEqual([]);
	});

	test('the application API still gets it', async () => {
		await run({ resource: 'contact', operation: 'get', contact: byId(1) });
		expect(withToken(ctx.fake.requests)).toEqual([`GET ${CONTACT}`]);
	});
});
