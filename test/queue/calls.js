'use strict';
/**
 * Calls for the queue test: many POSTs to n8n's webhooks at once, each with its own
 * connection (so that n8n sees them as separate callers), Chatwoot's signed webhook
 * deliveries, and how many calls were open at the same moment.
 */

const crypto = require('node:crypto');
const http = require('node:http');

const CALL_TIMEOUT_MS = 3 * 60_000;

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** Calls not answered yet, so that the test can give up on them (abortOpenCalls). */
const openCalls = new Set();
function abortOpenCalls(reason) {
	for (const req of openCalls) req.destroy(new Error(reason));
}

/** POST JSON; resolves {status, body, json, ms, startedAt, endedAt} or {error, ...}. */
function post(url, payload, headers = {}) {
	const raw = Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload));
	const startedAt = Date.now();
	return new Promise((resolve) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				agent,
				timeout: CALL_TIMEOUT_MS,
				headers: { 'content-type': 'application/json', 'content-length': raw.length, ...headers },
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (body += chunk));
				res.on('end', () => {
					let json;
					try {
						json = JSON.parse(body);
					} catch {
						json = undefined;
					}
					const endedAt = Date.now();
					resolve({ status: res.statusCode, body, json, startedAt, endedAt, ms: endedAt - startedAt });
				});
				res.on('error', (error) => resolve({ error: error.message, startedAt, endedAt: Date.now() }));
			},
		);
		openCalls.add(req);
		req.on('close', () => openCalls.delete(req));
		req.on('timeout', () => req.destroy(new Error(`no answer in ${CALL_TIMEOUT_MS} ms`)));
		req.on('error', (error) => resolve({ error: error.message, startedAt, endedAt: Date.now() }));
		req.end(raw);
	});
}

/** A Chatwoot webhook delivery: {delivery (X-Chatwoot-Delivery), raw body}. */
function chatwootEvent({ id, content, senderId }) {
	return {
		delivery: crypto.randomUUID(),
		raw: Buffer.from(
			JSON.stringify({
				event: 'message_created',
				id,
				content,
				message_type: 'incoming',
				created_at: new Date().toISOString(),
				sender: { id: senderId, name: `Queue User ${senderId}`, type: 'user' },
				conversation: { id: 1, display_id: 1 },
				account: { id: 1, name: 'Acme' },
			}),
		),
	};
}

/** Delivers an event as Chatwoot does: signed with the webhook's secret, fresh timestamp. */
function deliver(url, secret, event) {
	const timestamp = String(Math.floor(Date.now() / 1000));
	const signature = crypto.createHmac('sha256', secret).update(`${timestamp}.`).update(event.raw).digest('hex');
	return post(url, event.raw, {
		'x-chatwoot-delivery': event.delivery,
		'x-chatwoot-timestamp': timestamp,
		'x-chatwoot-signature': `sha256=${signature}`,
	});
}

/** The most calls that were open at the same moment. */
function maxOverlap(answers) {
	const points = answers.flatMap((a) => [
		[a.startedAt, 1],
		[a.endedAt, -1],
	]);
	points.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let open = 0;
	let most = 0;
	for (const [, delta] of points) most = Math.max(most, (open += delta));
	return most;
}

module.exports = { post, abortOpenCalls, chatwootEvent, deliver, maxOverlap };
