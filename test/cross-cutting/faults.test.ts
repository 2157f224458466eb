/**
 * Faults: what the node does when Chatwoot, a proxy in front of it or the network fails.
 * Every fault mode of the fake (dev/fake-chatwoot/faults.js), and a refused connection,
 * through n8n-core's engine, with and without Continue On Fail, over several items; then
 * n8n's Retry On Fail, Timeout and Batching settings on the node.
 */
import * as net from 'node:net';
import { inspect } from 'node:util';
import type { FakeFault } from '../../dev/fake-chatwoot';
import { runNode, type RunOptions, type RunResult } from '../helpers/engine';
import { platformCredential, TOKENS, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const TIMEOUT_MS = 300;
const FAULTY = '/platform/api/v1/users/5';

/** Five items; those for user 5 hit the fault, the others are answered normally. */
const ITEMS = [
	{ id: 1, name: 'One' },
	{ id: 5, name: 'Two' },
	{ id: 1, name: 'Three' },
	{ id: 5, name: 'Four' },
	{ id: 1, name: 'Five' },
];

function parameters(requestOptions: Record<string, unknown> = { timeout: TIMEOUT_MS }) {
	return {
		resource: 'platformUser',
		operation: 'update',
		userId: '={{ $json.id }}',
		platformUserUpdateFields: { name: '={{ $json.name }}' },
		requestOptions,
	} as never;
}

const NGINX_502 =
	'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n';
const LOGIN_PAGE = '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login"></form></body></html>';

interface Mode {
	name: string;
	fault?: FakeFault;
	/** No server at all: the credential points at a closed port. */
	refused?: true;
	message: RegExp;
	description: RegExp;
	httpCode: string;
}

const MODES: Mode[] = [
	{
		name: '401 with Chatwoot\'s JSON',
		fault: { status: 401, body: { error: 'Invalid access_token' } },
		message: /^Chatwoot: Invalid access_token$/,
		description: /^Chatwoot did not accept the access token\. PUT \/platform\/api\/v1\/users\/5 needs a Platform App token/,
		httpCode: '401',
	},
	{
		name: '403 as rack-attack sends it (text/plain)',
		fault: { status: 403, body: 'Forbidden\n', headers: { 'Content-Type': 'text/plain' } },
		message: /^Chatwoot: Forbidden$/,
		description: /^The token is valid but not allowed to do this/,
		httpCode: '403',
	},
	{
		name: '404 with Rails\' JSON',
		fault: { status: 404, body: { status: 404, error: 'Not Found' } },
		message: /^Chatwoot: Not Found$/,
		description: /^Nothing found for User ID 5\./,
		httpCode: '404',
	},
	{
		name: '422 with the record\'s errors',
		fault: { status: 422, body: { message: 'Email has already been taken', attributes: ['email'] } },
		message: /^Chatwoot: Email has already been taken$/,
		description: /^Chatwoot rejected these fields: email\.$/,
		httpCode: '422',
	},
	{
		name: '429 with Retry-After',
		fault: { status: 429, body: 'Retry later\n', headers: { 'Content-Type': 'text/plain', 'Retry-After': '30' } },
		message: /^Chatwoot: Retry later$/,
		description: /throttling requests \(rack-attack\) and asks to wait 30 seconds \(Retry-After\)/,
		httpCode: '429',
	},
	{
		name: '500 with Rails\' JSON',
		fault: { status: 500, body: { status: 500, error: 'Internal Server Error' } },
		message: /^Chatwoot: Internal Server Error$/,
		description: /^Chatwoot failed on its side/,
		httpCode: '500',
	},
	{
		name: '502 with nginx\'s HTML page',
		fault: { status: 502, body: NGINX_502 },
		message: /^Chatwoot answered 502 Bad Gateway$/,
		description: /^A proxy or load balancer in front of Chatwoot answered instead of Chatwoot/,
		httpCode: '502',
	},
	{
		name: '200 with a body that is not JSON',
		fault: { status: 200, body: LOGIN_PAGE },
		message: /^Chatwoot answered with something that is not JSON$/,
		description: /^The answer to PUT \/platform\/api\/v1\/users\/5 starts with: <!DOCTYPE html>/,
		httpCode: '200',
	},
	{
		name: 'an answer slower than the node\'s timeout',
		fault: { delayMs: 1000 },
		message: new RegExp(`^Chatwoot did not answer within ${TIMEOUT_MS} ms$`),
		description: /^PUT \/platform\/api\/v1\/users\/5 on http:\/\/127\.0\.0\.1:\d+ got no answer before the node's timeout \(Settings > Request Options > Timeout\)/,
		httpCode: 'ECONNABORTED',
	},
	{
		name: 'a connection reset in the middle of the answer',
		fault: { reset: true },
		message: /^The connection to Chatwoot broke off before the answer was complete$/,
		description: /^PUT \/platform\/api\/v1\/users\/5 on http:\/\/127\.0\.0\.1:\d+: the connection was reset \(ECONNRESET\)/,
		httpCode: 'ECONNRESET',
	},
	{
		name: 'a refused connection',
		refused: true,
		message: /^Could not connect to Chatwoot: the connection was refused$/,
		description: /^Nothing accepts connections at http:\/\/127\.0\.0\.1:\d+\. Check the URL and port in the credential/,
		httpCode: 'ECONNREFUSED',
	},
];

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

async function runWithMode(mode: Mode, options: Partial<RunOptions> = {}): Promise<RunResult> {
	let credential = platformCredential(ctx.fake);
	if (mode.refused) credential = { ...credential, url: `http://127.0.0.1:${await closedPort()}` };
	else ctx.fake.setFault({ ...mode.fault, match: { path: FAULTY } });
	return runNode({ parameters: parameters(), credential, items: ITEMS, ...options });
}

/** Everything a user, a log or the execution data could show. */
function everything(result: RunResult): string {
	const deep = (value: unknown) => inspect(value, { depth: null, showHidden: true, maxArrayLength: null, maxStringLength: null });
	return [
		deep(result.error),
		result.error?.message,
		result.error?.description,
		result.error?.stack,
		...result.items.map((item) => deep(item.error)),
		JSON.stringify(result.items),
		JSON.stringify(result.run),
	].join('\n');
}

describe.each(MODES)('$name', (mode) => {
	test('with Continue On Fail: one output item per input item, in order, the failed ones as errors', async () => {
		const result = await runWithMode(mode, { continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(ITEMS.length);
		const failed = mode.refused ? [0, 1, 2, 3, 4] : [1, 3];
		result.items.forEach((item, index) => {
			if (failed.includes(index)) {
				expect(item.error).toBeDefined();
				expect(item.error!.message).toMatch(mode.message);
				expect((item.error as unknown as { description: string }).description).toMatch(mode.description);
				expect((item.error as unknown as { httpCode: string }).httpCode).toBe(mode.httpCode);
				expect(item.json).toEqual({ error: item.error!.message });
			} else {
				expect(item.error).toBeUndefined();
				expect(item.json).toMatchObject({ id: 1, name: ITEMS[index].name });
			}
		});
		expect(everything(result)).not.toContain(TOKENS.platform);
	});

	test('without Continue On Fail: the run stops with that error', async () => {
		const result = await runWithMode(mode);
		expect(result.items).toEqual([]);
		expect(result.error).toBeDefined();
		expect(result.error!.name).toBe('NodeApiError');
		expect(result.error!.message).toMatch(mode.message);
		expect(result.error!.description).toMatch(mode.description);
		expect(result.error!.httpCode).toBe(mode.httpCode);
		expect((result.error!.context as { itemIndex?: number }).itemIndex).toBe(mode.refused ? 0 : 1);
		expect(result.run.data.resultData.runData.ChatWoot[0].error?.message).toBe(result.error!.message);
		expect(everything(result)).not.toContain(TOKENS.platform);
	});
});

describe("n8n's node settings keep working", () => {
	const statuses = () => ctx.fake.requests.map((r) => r.status);

	test('Retry On Fail: a 500 on the first try, all items updated on the second', async () => {
		ctx.fake.setFault({ status: 500, body: { status: 500, error: 'Internal Server Error' }, times: 1 });
		const { error, items } = await runNode({
			parameters: parameters(),
			credential: platformCredential(ctx.fake),
			items: [{ id: 1, name: 'First' }, { id: 1, name: 'Second' }],
			retryOnFail: { maxTries: 3, waitBetweenTries: 0 },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name)).toEqual(['First', 'Second']);
		// the whole node runs again: both items on each try
		expect(statuses().sort()).toEqual([200, 200, 200, 500]);
	});

	test('Retry On Fail: a timeout on the first try, an answer on the second', async () => {
		ctx.fake.setFault({ delayMs: 800, times: 1 });
		const { error, items } = await runNode({
			parameters: parameters(),
			credential: platformCredential(ctx.fake),
			items: [{ id: 1, name: 'Late' }],
			retryOnFail: { maxTries: 2, waitBetweenTries: 0 },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name)).toEqual(['Late']);
		expect(ctx.fake.requests).toHaveLength(2);
	});

	test('Retry On Fail gives up after Max Tries with the last error', async () => {
		ctx.fake.setFault({ status: 502, body: NGINX_502 });
		const { error, items } = await runNode({
			parameters: parameters(),
			credential: platformCredential(ctx.fake),
			items: [{ id: 1, name: 'A' }, { id: 1, name: 'B' }],
			retryOnFail: { maxTries: 3, waitBetweenTries: 0 },
		});
		expect(items).toEqual([]);
		expect(error?.message).toBe('Chatwoot answered 502 Bad Gateway');
		expect(statuses()).toEqual([502, 502, 502, 502, 502, 502]);
	});

	test('Batching: Items per Batch and Batch Interval space the requests out', async () => {
		// when each request reaches the fake (it records them with requests.push)
		const arrivals: number[] = [];
		const { requests } = ctx.fake;
		requests.push = (...records) => {
			arrivals.push(performance.now());
			return Array.prototype.push.apply(requests, records);
		};
		try {
			const { error, items } = await runNode({
				parameters: parameters({ batching: { batch: { batchSize: 2, batchInterval: 300 } } }),
				credential: platformCredential(ctx.fake),
				items: ITEMS.map((item) => ({ ...item, id: 1 })),
			});
			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.name)).toEqual(ITEMS.map((item) => item.name));
		} finally {
			delete (requests as { push?: unknown }).push;
		}
		expect(arrivals).toHaveLength(5);
		// batches [0,1] [2,3] [4], sent 300 ms apart (arrivals may jitter a little on a busy machine)
		const between = [arrivals[2] - arrivals[1], arrivals[4] - arrivals[3]];
		const within = [arrivals[1] - arrivals[0], arrivals[3] - arrivals[2]];
		for (const gap of between) expect(gap).toBeGreaterThanOrEqual(200);
		expect(Math.max(...within)).toBeLessThan(Math.min(...between));
	});

	test('Timeout: a slow answer within the timeout is waited for', async () => {
		ctx.fake.setFault({ delayMs: 200 });
		const { error, items } = await runNode({
			parameters: parameters({ timeout: 2000 }),
			credential: platformCredential(ctx.fake),
			items: [{ id: 1, name: 'Patient' }],
		});
		expect(error).toBeUndefined();
		expect(items[0].json.name).toBe('Patient');
	});
});

describe('the fake\'s fault modes themselves', () => {
	test('times, match and reset() limit where a fault applies', async () => {
		ctx.fake.setFault({ status: 503, body: { error: 'busy' }, times: 1, match: { method: 'GET' } });
		const get = () => fetch(`${ctx.fake.url}/platform/api/v1/users/1`, { headers: { 'api-access-token': TOKENS.platform } });
		const put = await fetch(`${ctx.fake.url}/platform/api/v1/users/1`, {
			method: 'PUT',
			headers: { 'api-access-token': TOKENS.platform, 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'Alice' }),
		});
		expect(put.status).toBe(200);
		expect((await get()).status).toBe(503);
		expect((await get()).status).toBe(200);
		expect(ctx.fake.requests.map((r) => r.fault)).toEqual([undefined, 'status 503', undefined]);
		ctx.fake.setFault({ status: 500 });
		ctx.fake.reset();
		expect((await get()).status).toBe(200);
	});

	test('an unknown option is refused', () => {
		expect(() => ctx.fake.setFault({ statusCode: 500 } as never)).toThrow(/unknown option\(s\) statusCode/);
	});
});
