'use strict';
/**
 * One throughput run in a fresh process (so that no sockets, caches or JIT state carry over
 * from another run): loads one contender, runs a warm-up batch (not timed), asks the parent
 * to reset the fake, then runs the timed batch.
 *
 * Parent → child (IPC): { job }, then { go: true } after the reset.
 * Child → parent: { warm: true }, then { done: { ms, items, errors, runError } }.
 *
 * job: { kind: 'this' | 'other' | 'http' | 'plain', expressions, count, warmup, fake: { url, tokens }, n8nDir }
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

/** The ceiling: a plain Node `http` loop, keep-alive, a fixed number of requests in flight. */
function plainLoop(fake, inFlight) {
	const { PASSWORD, CUSTOM_ATTRIBUTES } = require('./variants');
	const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
	const base = new URL(fake.url);
	const customAttributes = JSON.parse(CUSTOM_ATTRIBUTES);
	const one = (item) =>
		new Promise((resolve, reject) => {
			const body = JSON.stringify({ name: item.name, email: item.email, password: PASSWORD, custom_attributes: customAttributes });
			const request = http.request(
				{
					host: base.hostname,
					port: base.port,
					method: 'PUT',
					path: `/platform/api/v1/users/${item.id}`,
					agent,
					headers: {
						accept: 'application/json',
						'content-type': 'application/json',
						'content-length': Buffer.byteLength(body),
						'api-access-token': fake.tokens.platform,
					},
				},
				(response) => {
					const chunks = [];
					response.on('data', (chunk) => chunks.push(chunk));
					response.on('end', () => resolve({ status: response.statusCode, json: JSON.parse(Buffer.concat(chunks).toString()) }));
					response.on('error', reject);
				},
			);
			request.on('error', reject);
			request.end(body);
		});
	return async function run(items) {
		const out = new Array(items.length);
		let next = 0;
		let errors = 0;
		await Promise.all(
			Array.from({ length: inFlight }, async () => {
				while (next < items.length) {
					const index = next++;
					try {
						out[index] = await one(items[index]);
						if (out[index].status !== 200) errors++;
					} catch {
						errors++;
					}
				}
			}),
		);
		return { items: out.length, errors };
	};
}

/** Counts expression evaluations (values starting with "=") by the engine's n8n-workflow. */
function countExpressions() {
	const { Expression } = require('n8n-workflow');
	const original = Expression.prototype.resolveSimpleParameterValue;
	let count = 0;
	Expression.prototype.resolveSimpleParameterValue = function (value, ...rest) {
		if (typeof value === 'string' && value.charAt(0) === '=') count++;
		return original.call(this, value, ...rest);
	};
	return {
		stop() {
			Expression.prototype.resolveSimpleParameterValue = original;
			return count;
		},
	};
}

async function main() {
	const { job } = await onMessage((message) => message.job);
	const { makeItems } = require('./variants');
	let run;
	if (job.kind === 'plain') {
		run = plainLoop(job.fake, job.inFlight ?? 32);
	} else {
		const { runNode } = require('../../dev/engine');
		const { variant } = require('./variants');
		const options = variant(job.kind, job.expressions, job.fake, job.n8nDir);
		run = async (items) => {
			const result = await runNode({ ...options, items });
			return {
				items: result.items.length,
				errors: result.items.filter((item) => item.error).length,
				runError: result.error ? String(result.error.message) : undefined,
			};
		};
	}
	const userIds = [1];
	let evaluations;
	if (job.warmup > 0) {
		// n8n expressions evaluated per item, counted during the warm-up only
		const counter = job.kind === 'plain' ? undefined : countExpressions();
		const warm = await run(makeItems(job.warmup, userIds));
		if (counter) evaluations = counter.stop() / job.warmup;
		if (warm.runError || warm.errors) {
			process.send({ done: { failed: `warm-up: ${warm.runError ?? `${warm.errors} failed items`}` } });
			return;
		}
	}
	process.send({ warm: true, evaluations });
	await onMessage((message) => message.go);
	const items = makeItems(job.count, userIds);
	const start = process.hrtime.bigint();
	const result = await run(items);
	const ms = Number(process.hrtime.bigint() - start) / 1e6;
	process.send({ done: { ms, ...result } });
}

main()
	.catch((error) => process.send({ done: { failed: String((error && error.stack) || error) } }))
	.finally(() => process.disconnect());
