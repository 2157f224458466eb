'use strict';
/**
 * One Return All run in a fresh process (run with --expose-gc): Contact > Get Many with
 * Return All against a fake holding `count` contacts (15 a page, as Chatwoot). Warm-up: one
 * Get Many with a Limit (not timed). Then a collected heap as baseline, the timed run, and
 * the peak heap (above the baseline) and peak RSS, sampled every 5 ms.
 *
 * job: { kind: 'this' | 'plain', count, fake: { url, tokens } }
 * Prints nothing; sends { done: { ms, items, peakHeapBytes, peakRssBytes, runError } }.
 */
const http = require('node:http');

function onMessage(predicate) {
	return new Promise((resolve) => {
		const handler = (message) => {
			if (predicate(message)) {
				process.off('message', handler);
				resolve(message);
			}
		};
		process.on('message', handler);
	});
}

/** Reference: a plain `http` loop over the pages, keep-alive, one page at a time. */
function plainPages(fake) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	const base = new URL(fake.url);
	const page = (n) =>
		new Promise((resolve, reject) => {
			http
				.get(
					{
						host: base.hostname,
						port: base.port,
						path: `/api/v1/accounts/1/contacts?page=${n}`,
						agent,
						headers: { accept: 'application/json', 'api-access-token': fake.tokens.user },
					},
					(response) => {
						const chunks = [];
						response.on('data', (chunk) => chunks.push(chunk));
						response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString()).payload));
						response.on('error', reject);
					},
				)
				.on('error', reject);
		});
	return async function run(limit) {
		const records = [];
		for (let n = 1; records.length < limit; n++) {
			const payload = await page(n);
			for (const record of payload) records.push({ json: record });
			if (payload.length < 15) break;
		}
		return { items: Math.min(records.length, limit) };
	};
}

function nodeRun(fake) {
	const { runNode } = require('../../dev/engine');
	const { thisNode } = require('./variants');
	const { ChatWoot, ChatWootApi } = thisNode();
	const nodeType = new ChatWoot();
	const credentialType = new ChatWootApi();
	return async function run(limit) {
		const parameters =
			limit === Infinity
				? { resource: 'contact', operation: 'getAll', contactReturnAll: true }
				: { resource: 'contact', operation: 'getAll', contactReturnAll: false, contactLimit: limit };
		const result = await runNode({
			typeName: 'n8n-nodes-chatwoot-api.chatWoot',
			nodeType,
			parameters,
			credentials: {
				chatWootApi: { type: credentialType, data: { url: fake.url, accessToken: fake.tokens.user, kind: 'user', accountId: 1 } },
			},
		});
		return { items: result.items.length, runError: result.error ? String(result.error.message) : undefined };
	};
}

async function main() {
	const { job } = await onMessage((message) => message.job);
	const run = job.kind === 'plain' ? plainPages(job.fake) : nodeRun(job.fake);
	await run(300); // warm-up: 20 pages
	global.gc();
	global.gc();
	const baseline = process.memoryUsage();
	let peakHeap = baseline.heapUsed;
	let peakRss = baseline.rss;
	const sampler = setInterval(() => {
		const now = process.memoryUsage();
		if (now.heapUsed > peakHeap) peakHeap = now.heapUsed;
		if (now.rss > peakRss) peakRss = now.rss;
	}, 5);
	const start = process.hrtime.bigint();
	const result = await run(Infinity);
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	clearInterval(sampler);
	const end = process.memoryUsage();
	peakHeap = Math.max(peakHeap, end.heapUsed);
	peakRss = Math.max(peakRss, end.rss);
	process.send({ done: { ms, ...result, peakHeapBytes: peakHeap - baseline.heapUsed, peakRssBytes: peakRss } });
}

main()
	.catch((error) => process.send({ done: { failed: String((error && error.stack) || error) } }))
	.finally(() => process.disconnect());
