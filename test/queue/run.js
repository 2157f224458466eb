#!/usr/bin/env node
'use strict';
/**
 * Queue-mode test: the packed package in n8n's queue mode, several processes sharing one
 * Redis and one Postgres, against the fake Chatwoot.
 *
 *   npm run test:queue                       (builds first)
 *   N8N_VERSION=1.123.81 npm run test:queue  (another n8n; installed once, cached)
 *   QUEUE_KEEP=1 ...                         keep the temporary folders (logs) for a look
 *   QUEUE_TIMEOUT_MS=...                     overall limit (default 10 min, not counting
 *                                            first-time installs, which have their own)
 *
 * Starts (all on 127.0.0.1, free ports): Debian's PostgreSQL as a private cluster in a
 * temporary folder and redis-server without persistence (both installed with apt-get
 * when missing: needs root), the fake Chatwoot, `n8n start` (main) and two `n8n worker`
 * processes with EXECUTIONS_MODE=queue, each with the package installed in its own user
 * folder. Then:
 *  1. a published Webhook -> ChatWoot (Platform User Update) workflow is called
 *     QUEUE_BURST (200) times at once: every call answered with its user, every update at
 *     the fake exactly once, 200 successful executions in Postgres, both workers ran some;
 *  2. a published ChatWoot Trigger workflow gets 50 signed events plus re-deliveries of
 *     10 of them (same X-Chatwoot-Delivery) and one forged event: 50 executions on the
 *     workers, re-deliveries and the forgery start none;
 *  3. a burst of 100 calls to a Webhook -> Wait -> ChatWoot workflow, and one worker is
 *     SIGKILLed while it has runs in flight: every accepted call is completed exactly once
 *     or reported failed (in its HTTP answer and in Postgres); the test says which.
 * Which worker ran an execution comes from the workers' own logs ("Worker started /
 * finished execution <id>"), matched with the execution records in Postgres (these have
 * no worker column).
 *
 * Prints one PASS/FAIL line per check and "<n> passed, <m> failed"; exits 1 on any failure.
 * Everything started here is stopped here, on failure, timeout and Ctrl-C too.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const n8n = require('../../scripts/lib/n8n');
const { startFakeChatwoot } = require('../../dev/fake-chatwoot');
const services = require('./services');
const cluster = require('./cluster');
const workflows = require('./workflows');

const OVERALL_TIMEOUT_MS = Number(process.env.QUEUE_TIMEOUT_MS) || 10 * 60_000;
const KEEP = process.env.QUEUE_KEEP === '1';
const BURST = Number(process.env.QUEUE_BURST) || 200;
const EVENTS = 50;
const REDELIVERED = 10;
const KILL_CALLS = 100;
const WAIT_SECONDS = 2;
const WORKER_CONCURRENCY = 10;
// n8n's defaults are a 60 s job lock renewed every 10 s and a stalled-job check every 30 s:
// a killed worker's runs would be noticed only after up to ~90 s. Shortened here so that
// the test finishes sooner; see README "Queue mode".
const TIMING = { lockDurationMs: 15_000, lockRenewMs: 5_000, stalledIntervalMs: 5_000 };
const CALL_TIMEOUT_MS = 3 * 60_000;

const PLATFORM_TOKEN = `queue-platform-${crypto.randomBytes(12).toString('hex')}`;
const USER_TOKEN = `queue-user-${crypto.randomBytes(12).toString('hex')}`;
const RUN = crypto.randomBytes(3).toString('hex'); // in every marker, to tell runs apart

// ---------------------------------------------------------------------------------------
// Reporting (as in test/e2e/run.js)

const results = [];
let finishing = false;
const haltIfFinishing = () => (finishing ? new Promise(() => {}) : undefined);
function check(name, fn) {
	let detail;
	try {
		detail = fn();
		results.push({ name, ok: true });
		console.log(`PASS ${name}${detail ? ` (${detail})` : ''}`);
	} catch (error) {
		results.push({ name, ok: false });
		console.log(`FAIL ${name}: ${error.message}`);
	}
}
function expect(condition, message) {
	if (!condition) throw new Error(message);
}
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function progress(message) {
	process.stderr.write(`[queue ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}
function summary() {
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	console.log(`${passed} passed, ${failed} failed`);
	return failed;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Alive and not a zombie (a process reparented to an init that does not reap). */
function processAlive(pid) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
	} catch {
		return false;
	}
}

// ---------------------------------------------------------------------------------------
// Cleanup: n8n processes, services, the fake, temporary folders.

const cleanups = [];
let cleaningUp = null;
function cleanup() {
	if (!cleaningUp) {
		cleaningUp = (async () => {
			for (const fn of cleanups.reverse()) {
				try {
					await fn();
				} catch (error) {
					progress(`cleanup: ${error.message}`);
				}
			}
			await n8n.stopAllProcesses(); // a CLI command still running (timeout, Ctrl-C)
			await services.stopAllServices();
		})();
	}
	return cleaningUp;
}
async function finishEarly(reason, code) {
	if (finishing) return;
	finishing = true;
	console.log(`FAIL ${reason}`);
	results.push({ name: reason, ok: false });
	summary();
	await cleanup();
	process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		progress(`${signal}: stopping`);
		void finishEarly(`interrupted by ${signal}`, 130);
	});
}

// ---------------------------------------------------------------------------------------
// HTTP client: many calls at once, each with its own connection.

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

function countBy(values) {
	const counts = {};
	for (const value of values) counts[value] = (counts[value] || 0) + 1;
	return counts;
}

// ---------------------------------------------------------------------------------------

async function main() {
	const version = process.env.N8N_VERSION || n8n.DEFAULT_N8N_VERSION;
	progress('checking redis-server and PostgreSQL');
	await services.ensurePackages(progress);
	progress(`n8n ${version}: checking the install`);
	const install = await n8n.ensureN8n({ version });

	const overall = setTimeout(
		() => void finishEarly(`overall timeout: the test took longer than ${OVERALL_TIMEOUT_MS} ms`, 1),
		OVERALL_TIMEOUT_MS,
	);
	cleanups.push(() => clearTimeout(overall));

	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-queue-'));
	cleanups.push(() => (KEEP ? progress(`kept ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true })));

	const fake = await startFakeChatwoot({ port: 0, tokens: { platform: PLATFORM_TOKEN, user: USER_TOKEN, bot: 'queue-bot-token' }, seed: true });
	cleanups.push(() => fake.close());
	progress(`fake Chatwoot on ${fake.url}`);

	const [pg, redis] = await Promise.all([
		services.startPostgres({ port: await n8n.freePort(), log: progress, keep: KEEP }),
		services.startRedis({ dir: path.join(tmp, 'redis'), port: await n8n.freePort(), log: progress }),
	]);
	cleanups.push(() => pg.stop());
	cleanups.push(() => redis.stop());
	const env = cluster.queueEnv({ pg, redis, timing: TIMING });

	// The package, as users get it: one tarball, installed into each process's user folder.
	const folders = { main: path.join(tmp, 'main'), 'worker-1': path.join(tmp, 'worker-1'), 'worker-2': path.join(tmp, 'worker-2') };
	for (const folder of Object.values(folders)) n8n.createUserFolder({ dir: folder });
	await n8n.buildPackage(); // only when dist/ is older than the sources
	progress('packing the package and installing it into the user folders of main, worker-1 and worker-2');
	const tarball = await n8n.packPackage(path.join(tmp, 'pack'));
	await Promise.all(Object.values(folders).map((folder) => n8n.installPackage(folder, tarball)));
	const installedVersions = Object.entries(folders).map(([name, folder]) => {
		const manifest = path.join(folder, '.n8n', 'nodes', 'node_modules', n8n.PACKAGE_NAME, 'package.json');
		return `${name}: ${JSON.parse(fs.readFileSync(manifest, 'utf8')).version}`;
	});

	// Credentials and workflows go into the shared Postgres (the first CLI command creates
	// n8n's tables there), then the workflows are published before n8n starts.
	const ctx = n8n.createN8nContext({ install, userFolder: folders.main, env });
	const platformCredential = {
		id: n8n.n8nId(`queue-platform-${RUN}`),
		name: 'ChatWoot queue (platform app)',
		type: 'chatWootApi',
		data: { url: fake.url, accessToken: PLATFORM_TOKEN, kind: 'platformApp', accountId: 1 },
	};
	const userCredential = {
		id: n8n.n8nId(`queue-user-${RUN}`),
		name: 'ChatWoot queue (user)',
		type: 'chatWootApi',
		data: { url: fake.url, accessToken: USER_TOKEN, kind: 'user', accountId: 1 },
	};
	const paths = { update: `queue-update-${RUN}`, slow: `queue-slow-${RUN}` };
	const ids = {
		update: n8n.n8nId(`queue-update-${RUN}`),
		slow: n8n.n8nId(`queue-slow-${RUN}`),
		trigger: n8n.n8nId(`queue-trigger-${RUN}`),
	};
	const definitions = [
		workflows.updateWorkflow(ids.update, { path: paths.update, credential: platformCredential }),
		workflows.slowUpdateWorkflow(ids.slow, { path: paths.slow, credential: platformCredential, waitSeconds: WAIT_SECONDS }),
		workflows.triggerWorkflow(ids.trigger, { userCredential, platformCredential }),
	];
	const triggerWebhookId = definitions[2].nodes[0].webhookId;
	progress('importing credentials into Postgres (creates the schema)');
	let mark = Date.now();
	await n8n.importCredentials(ctx, [platformCredential, userCredential], { timeoutMs: 4 * 60_000 });
	progress(`  ${seconds(Date.now() - mark)}; importing and publishing the workflows`);
	await n8n.importWorkflows(ctx, definitions);
	await Promise.all(Object.values(ids).map((id) => n8n.publishWorkflow(ctx, id)));
	await haltIfFinishing();

	progress('starting n8n main (queue mode)');
	mark = Date.now();
	const mainProcess = await n8n.startN8n(ctx, { logFile: path.join(tmp, 'main.log'), timeoutMs: 4 * 60_000 });
	cleanups.push(() => mainProcess.stop());
	progress(`  main ready at ${mainProcess.url} in ${seconds(Date.now() - mark)}; starting worker-1 and worker-2`);
	mark = Date.now();
	const workers = [];
	await Promise.all(
		['worker-1', 'worker-2'].map(async (name) => {
			const worker = await cluster.startWorker(install, {
				name,
				userFolder: folders[name],
				env,
				concurrency: WORKER_CONCURRENCY,
				logFile: path.join(tmp, `${name}.log`),
			});
			cleanups.push(() => worker.stop());
			workers.push(worker);
		}),
	);
	workers.sort((a, b) => a.name.localeCompare(b.name));
	progress(`  workers ready in ${seconds(Date.now() - mark)}`);
	await haltIfFinishing();

	check('setup: main and two workers up in queue mode, the same package version in each user folder', () => {
		const versions = new Set(installedVersions.map((line) => line.split(': ')[1]));
		expect(versions.size === 1, installedVersions.join(', '));
		return `n8n ${version}; ${installedVersions.join(', ')}`;
	});

	const executions = async (workflowId) =>
		(await pg.query(`SELECT id, status FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id::bigint`)).map(([id, status]) => ({ id, status }));
	const logs = () => Object.fromEntries(workers.map((w) => [w.name, cluster.workerLogExecutions(w.logFile)]));
	const ranBy = (id, workerLogs) => Object.keys(workerLogs).filter((name) => workerLogs[name].finished.has(id));

	// Platform users to update: one per call, so "exactly once" is countable per user.
	const userCount = BURST + EVENTS + 1 + KILL_CALLS;
	progress(`creating ${userCount} platform users in the fake`);
	const users = [];
	for (let i = 0; i < userCount; i++) {
		const res = await fetch(`${fake.url}/platform/api/v1/users`, {
			method: 'POST',
			headers: { 'api-access-token': PLATFORM_TOKEN, 'content-type': 'application/json' },
			body: JSON.stringify({ name: `Queue User ${i}`, email: `queue-${RUN}-${i}@example.test`, password: 'Password1!' }),
		});
		if (res.status !== 200) throw new Error(`creating a user in the fake: ${res.status} ${await res.text()}`);
		users.push((await res.json()).id);
	}
	const putsFor = (from) => {
		const byUser = new Map();
		for (const r of fake.requests.slice(from)) {
			const match = r.method === 'PUT' && /^\/platform\/api\/v1\/users\/(\d+)$/.exec(r.path);
			if (!match) continue;
			const id = Number(match[1]);
			if (!byUser.has(id)) byUser.set(id, []);
			byUser.get(id).push(r);
		}
		return byUser;
	};

	// ---------------------------------------------------------------------------------
	// (1) BURST concurrent calls of Webhook -> ChatWoot.
	const burstUsers = users.slice(0, BURST);
	const burstFrom = fake.requests.length;
	progress(`(1) ${BURST} concurrent calls of ${mainProcess.url}/webhook/${paths.update}`);
	mark = Date.now();
	const burst = await Promise.all(
		burstUsers.map((userId, i) => post(`${mainProcess.url}/webhook/${paths.update}`, { userId, name: `burst-${RUN}-${i}` })),
	);
	const burstMs = Date.now() - mark;
	await haltIfFinishing();
	progress(`  all answered in ${seconds(burstMs)}`);
	check(`burst: all ${BURST} calls answered 200 with their updated user`, () => {
		const bad = burst
			.map((answer, i) => ({ answer, i }))
			.filter(({ answer, i }) => answer.status !== 200 || answer.json?.id !== burstUsers[i] || answer.json?.name !== `burst-${RUN}-${i}`);
		expect(
			bad.length === 0,
			`${bad.length} wrong, e.g. call ${bad[0]?.i}: ${bad[0]?.answer.error ?? `${bad[0]?.answer.status} ${String(bad[0]?.answer.body).slice(0, 200)}`}`,
		);
		const times = burst.map((a) => a.ms).sort((a, b) => a - b);
		return `${seconds(burstMs)} in all, up to ${maxOverlap(burst)} calls open at once, per call median ${times[times.length >> 1]} ms, max ${times[times.length - 1]} ms`;
	});
	check(`burst: every update reached the fake exactly once (${BURST} PUTs, one per user, with its name)`, () => {
		const puts = putsFor(burstFrom);
		const problems = [];
		burstUsers.forEach((userId, i) => {
			const got = puts.get(userId) || [];
			if (got.length !== 1) problems.push(`user ${userId}: ${got.length} PUTs`);
			else if (got[0].body?.name !== `burst-${RUN}-${i}` || got[0].status !== 200) problems.push(`user ${userId}: ${JSON.stringify(got[0].body)} -> ${got[0].status}`);
		});
		const total = [...puts.values()].reduce((sum, list) => sum + list.length, 0);
		if (total !== BURST) problems.push(`${total} PUTs in all`);
		expect(problems.length === 0, problems.slice(0, 5).join('; '));
		return `${total} PUTs`;
	});
	const burstExecutions = await executions(ids.update);
	const burstLogs = logs();
	check(`burst: Postgres holds ${BURST} executions of the workflow, all successful, each run by one worker (worker logs), both workers ran some`, () => {
		const statuses = countBy(burstExecutions.map((e) => e.status));
		expect(burstExecutions.length === BURST && statuses.success === BURST, `executions: ${burstExecutions.length}, ${JSON.stringify(statuses)}`);
		const owners = burstExecutions.map((e) => ranBy(e.id, burstLogs));
		const unowned = burstExecutions.filter((e, i) => owners[i].length !== 1).map((e, i) => `${e.id}: ${owners[i].join('+') || 'none'}`);
		expect(unowned.length === 0, `executions not finished by exactly one worker: ${unowned.slice(0, 5).join(', ')}`);
		const perWorker = countBy(owners.map((o) => o[0]));
		expect(workers.every((w) => perWorker[w.name] > 0), `per worker: ${JSON.stringify(perWorker)}`);
		return workers.map((w) => `${w.name} ${perWorker[w.name]}`).join(', ');
	});

	// ---------------------------------------------------------------------------------
	// (2) The ChatWoot Trigger: 50 signed events, 10 re-deliveries, one forgery.
	const registered = fake.state.webhooks.find((w) => String(w.url).includes(`/webhook/${triggerWebhookId}/webhook`));
	check('trigger: activation in queue mode registered the webhook in Chatwoot (with a signing secret)', () => {
		expect(registered, `no webhook for ${triggerWebhookId} in the fake: ${JSON.stringify(fake.state.webhooks.map((w) => w.url))}`);
		expect(registered.secret, 'the webhook has no secret');
		return registered.url;
	});
	if (registered) {
		const eventUsers = users.slice(BURST, BURST + EVENTS);
		const forgedUser = users[BURST + EVENTS];
		const triggerFrom = fake.requests.length;
		const events = eventUsers.map((userId, i) => chatwootEvent({ id: 100_000 + i, content: `event-${RUN}-${i}`, senderId: userId }));
		const send = (event, secret = registered.secret) => deliver(registered.url, secret, event);
		const forged = {
			delivery: crypto.randomUUID(),
			raw: Buffer.from(JSON.stringify({ event: 'message_created', id: 999_999, content: `forged-${RUN}`, sender: { id: forgedUser, type: 'user' } })),
		};
		progress(`(2) ${EVENTS} signed events to ${registered.url}, ${REDELIVERED / 2} re-delivered during the burst, ${REDELIVERED / 2} after, one forged`);
		mark = Date.now();
		// Re-deliveries 0..4 race their originals; 5..9 come once everything was answered.
		const first = await Promise.all([...events.map((e) => send(e)), ...events.slice(0, REDELIVERED / 2).map((e) => send(e)), send(forged, 'not-the-secret')]);
		const late = await Promise.all(events.slice(REDELIVERED / 2, REDELIVERED).map((e) => send(e)));
		const answeredMs = Date.now() - mark;
		// Wait for the runs: 50 finished executions in Postgres, then a little longer for strays.
		const deadline = Date.now() + 120_000;
		let triggerExecutions = await executions(ids.trigger);
		while (triggerExecutions.filter((e) => !['new', 'running'].includes(e.status)).length < EVENTS && Date.now() < deadline) {
			await sleep(500);
			triggerExecutions = await executions(ids.trigger);
		}
		const ranMs = Date.now() - mark;
		await sleep(3000);
		triggerExecutions = await executions(ids.trigger);
		await haltIfFinishing();
		progress(`  answered in ${seconds(answeredMs)}, ${triggerExecutions.length} executions after ${seconds(ranMs)}`);

		const originals = first.slice(0, EVENTS);
		const racing = first.slice(EVENTS, EVENTS + REDELIVERED / 2);
		const forgedAnswer = first[first.length - 1];
		const dropped = (a) => a.status === 200 && a.json?.ignored === 'duplicate delivery';
		const accepted = (a) => a.status === 200 && !a.json?.ignored;
		check(`trigger: each of the ${EVENTS} deliveries started exactly one run; all ${REDELIVERED} re-deliveries answered 200 "duplicate delivery"`, () => {
			const problems = [];
			events.forEach((event, i) => {
				const answers = [originals[i], i < REDELIVERED / 2 ? racing[i] : undefined, i >= REDELIVERED / 2 && i < REDELIVERED ? late[i - REDELIVERED / 2] : undefined].filter(Boolean);
				const starts = answers.filter(accepted).length;
				const drops = answers.filter(dropped).length;
				if (starts !== 1 || drops !== answers.length - 1) {
					problems.push(`delivery ${i}: ${answers.map((a) => a.error ?? `${a.status} ${a.body.slice(0, 80)}`).join(' | ')}`);
				}
			});
			expect(problems.length === 0, problems.slice(0, 3).join('; '));
			return `${REDELIVERED / 2} raced their original, ${REDELIVERED / 2} came later`;
		});
		check('trigger: the forged delivery (wrong secret) was refused with 401', () => {
			expect(forgedAnswer.status === 401, `answered ${forgedAnswer.error ?? `${forgedAnswer.status} ${forgedAnswer.body}`}`);
			return forgedAnswer.body.slice(0, 80);
		});
		const triggerLogs = logs();
		check(`trigger: Postgres holds exactly ${EVENTS} executions, all successful, all run on the workers`, () => {
			const statuses = countBy(triggerExecutions.map((e) => e.status));
			expect(triggerExecutions.length === EVENTS && statuses.success === EVENTS, `executions: ${triggerExecutions.length}, ${JSON.stringify(statuses)}`);
			const owners = triggerExecutions.map((e) => ranBy(e.id, triggerLogs));
			const unowned = triggerExecutions.filter((e, i) => owners[i].length !== 1).map((e) => e.id);
			expect(unowned.length === 0, `not finished by exactly one worker: ${unowned.slice(0, 5).join(', ')}`);
			const perWorker = countBy(owners.map((o) => o[0]));
			return `${workers.map((w) => `${w.name} ${perWorker[w.name] || 0}`).join(', ')}; ${seconds(ranMs)} from the first delivery to the last run`;
		});
		check(`trigger: the fake got exactly one update per event (${EVENTS}), none for the forgery`, () => {
			const puts = putsFor(triggerFrom);
			const problems = [];
			eventUsers.forEach((userId, i) => {
				const got = puts.get(userId) || [];
				if (got.length !== 1 || got[0].body?.name !== `event-${RUN}-${i}`) problems.push(`user ${userId}: ${got.map((r) => JSON.stringify(r.body)).join(', ') || 'no PUT'}`);
			});
			if (puts.has(forgedUser)) problems.push('the forged event updated its user');
			const total = [...puts.values()].reduce((sum, list) => sum + list.length, 0);
			if (total !== EVENTS) problems.push(`${total} PUTs in all`);
			expect(problems.length === 0, problems.slice(0, 5).join('; '));
			return `${total} PUTs`;
		});
	}

	// ---------------------------------------------------------------------------------
	// (3) A worker killed in the middle of a burst.
	const killUsers = users.slice(BURST + EVENTS + 1);
	const victim = workers[0];
	const survivor = workers[1];
	const killFrom = fake.requests.length;
	const before = logs();
	const markerOf = (i) => `kill-${RUN}-${i}`;
	// Execution id -> marker, read from the execution's data while it is new/running: n8n
	// replaces the data of a run it marks failed with just the error.
	const markers = new Map();
	const readMarkers = async () => {
		const rows = await pg.query(
			`SELECT e.id, e.status, substring(d.data from 'kill-${RUN}-[0-9]+') FROM execution_entity e LEFT JOIN execution_data d ON d."executionId" = e.id WHERE e."workflowId" = '${ids.slow}' ORDER BY e.id::bigint`,
		);
		for (const [id, , marker] of rows) if (marker) markers.set(id, marker);
		return rows.map(([id, status]) => ({ id, status }));
	};
	progress(`(3) ${KILL_CALLS} concurrent calls of Webhook -> Wait ${WAIT_SECONDS}s -> ChatWoot; SIGKILL ${victim.name} while it has runs in flight`);
	mark = Date.now();
	let answered = 0;
	const calls = killUsers.map((userId, i) =>
		post(`${mainProcess.url}/webhook/${paths.slow}`, { userId, name: markerOf(i) }).then((answer) => {
			answered++;
			return answer;
		}),
	);
	let killed = null;
	const killDeadline = Date.now() + 90_000;
	while (!killed) {
		const now = cluster.workerLogExecutions(victim.logFile);
		const inFlight = [...now.started].filter((id) => !before[victim.name].started.has(id) && !now.finished.has(id));
		if ((answered >= KILL_CALLS / 5 && inFlight.length > 0) || Date.now() > killDeadline) {
			await readMarkers();
			victim.kill('SIGKILL');
			killed = { at: Date.now(), answered, inFlight };
			progress(`  SIGKILL ${victim.name} after ${seconds(killed.at - mark)}: ${answered} calls answered, its log shows ${inFlight.length} runs in flight`);
		} else {
			await sleep(50);
		}
	}
	// Until every execution of this workflow is settled in Postgres (none new/running) and
	// every call answered; calls still open 30 s after the executions settled are given up.
	let killExecutions = [];
	let settledAt = null;
	const settleDeadline = Date.now() + 180_000;
	while (Date.now() < settleDeadline) {
		killExecutions = await readMarkers();
		const settled = killExecutions.length >= KILL_CALLS && !killExecutions.some((e) => ['new', 'running'].includes(e.status));
		if (settled && !settledAt) settledAt = Date.now();
		if (!settled) settledAt = null;
		if (settledAt && (answered === KILL_CALLS || Date.now() - settledAt > 30_000)) break;
		await sleep(1000);
	}
	abortOpenCalls('given up: no answer 30 s after all executions had settled');
	const killAnswers = await Promise.all(calls);
	const killMs = Date.now() - mark;
	await haltIfFinishing();
	progress(`  calls and executions settled after ${seconds(killMs)}`);
	const killLogs = logs();
	const newlyStarted = (name) => [...killLogs[name].started].filter((id) => !before[name].started.has(id));
	// What the dead worker had started and not finished: complete now that its log is final.
	const orphaned = newlyStarted(victim.name).filter((id) => !killLogs[victim.name].finished.has(id));
	check(`kill: ${victim.name} was killed (SIGKILL) with runs in flight`, () => {
		expect(victim.exited, `${victim.name} is still running`);
		expect(orphaned.length > 0, `no run was in flight on ${victim.name} when it was killed (the next check then proves little)`);
		return `its log shows ${orphaned.length} started and not finished (executions ${orphaned.join(', ')}); ${killed.answered} of ${KILL_CALLS} calls were answered by then`;
	});
	const outcomes = new Map();
	const note = (outcome, text) => {
		if (!outcomes.has(outcome)) outcomes.set(outcome, []);
		outcomes.get(outcome).push(text);
	};
	const FINE = ['completed once', 'completed after a re-queue', 'reported failed', 'completed, the caller got no answer', 'reported failed in Postgres, the caller got no answer'];
	{
		const puts = putsFor(killFrom);
		killUsers.forEach((userId, i) => {
			const marker = markerOf(i);
			const answer = killAnswers[i];
			const runs = killExecutions.filter((e) => markers.get(e.id) === marker);
			const updates = (puts.get(userId) || []).filter((r) => r.body?.name === marker && r.status === 200).length;
			const http = answer.error ? `no answer (${answer.error})` : `HTTP ${answer.status}`;
			const text = `call ${i}: ${http}, executions ${runs.map((r) => `${r.id} ${r.status}`).join(', ') || 'none'}, updates ${updates}`;
			if (runs.length !== 1) return note('lost or inconsistent', text);
			const [run] = runs;
			const onVictim = orphaned.includes(run.id);
			if (run.status === 'success') {
				if (updates === 0) return note('lost or inconsistent', text);
				const requeued = onVictim && killLogs[survivor.name].started.has(run.id);
				if (answer.status === 200 && answer.json?.name === marker) {
					if (requeued) return note('completed after a re-queue', `${text}${updates > 1 ? ' (updated twice)' : ''}`);
					return updates === 1 ? note('completed once', text) : note('lost or inconsistent', text);
				}
				if (answer.error) return note('completed, the caller got no answer', `${text}${onVictim ? `, in flight on ${victim.name}` : ''}`);
				return note('lost or inconsistent', text);
			}
			if (['error', 'crashed', 'canceled'].includes(run.status)) {
				const detail = `${text}${onVictim ? `, in flight on ${victim.name}` : ''}${answer.body ? `, answer ${answer.body.slice(0, 100)}` : ''}`;
				if (answer.status >= 400) return note('reported failed', detail);
				if (answer.error) return note('reported failed in Postgres, the caller got no answer', detail);
			}
			return note('lost or inconsistent', text);
		});
		const unknown = killExecutions.filter((e) => !markers.has(e.id));
		for (const e of unknown) note('lost or inconsistent', `execution ${e.id} (${e.status}) belongs to no call`);
	}
	for (const [outcome, list] of outcomes) {
		if (outcome !== 'completed once') console.log(`INFO kill: ${outcome} (${list.length}): ${list.slice(0, 4).join('; ')}${list.length > 4 ? '; ...' : ''}`);
	}
	check('kill: no accepted run was lost: every call has one execution in Postgres, successful with its update at the fake, or marked failed', () => {
		const bad = outcomes.get('lost or inconsistent') || [];
		const counts = [...outcomes].map(([outcome, list]) => `${list.length} ${outcome}`).join(', ');
		expect(bad.length === 0, `${counts}: ${bad.slice(0, 4).join('; ')}`);
		expect([...outcomes.keys()].every((outcome) => FINE.includes(outcome)), counts);
		return counts;
	});
	check(`kill: ${survivor.name} kept running and ran the rest`, () => {
		expect(!survivor.exited, `${survivor.name} exited: ${JSON.stringify(survivor.exited)}`);
		const ran = killExecutions.filter((e) => e.status === 'success' && killLogs[survivor.name].finished.has(e.id)).length;
		expect(ran > 0, `${survivor.name} finished none of them`);
		return `${ran} of the ${KILL_CALLS} runs finished on ${survivor.name}; ${seconds(killMs)} from the first call until all had settled`;
	});

	// ---------------------------------------------------------------------------------
	// Loopback only, and the logs.
	check('every socket the test\'s processes listen on is on 127.0.0.1', () => {
		const pids = cluster.descendantPids();
		pids.add(process.pid); // the fake Chatwoot
		const postmaster = pg.pid();
		if (postmaster) {
			pids.add(postmaster);
			for (const pid of cluster.descendantPids(postmaster)) pids.add(pid);
		}
		const sockets = cluster.listeningSockets(pids);
		const elsewhere = sockets.filter((s) => s.address !== '127.0.0.1');
		expect(elsewhere.length === 0, `not on 127.0.0.1: ${elsewhere.map((s) => `${s.command}(${s.pid}) ${s.address}:${s.port}`).join(', ')}`);
		return `${sockets.length} listening sockets: ${[...new Set(sockets.map((s) => s.command))].join(', ')}`;
	});
	check('no access token in the logs of main and workers', () => {
		const leaks = [mainProcess.logFile, ...workers.map((w) => w.logFile)].filter((file) => {
			const text = fs.readFileSync(file, 'utf8');
			return text.includes(PLATFORM_TOKEN) || text.includes(USER_TOKEN);
		});
		expect(leaks.length === 0, `found in ${leaks.map((f) => path.basename(f)).join(', ')}`);
	});
	if (KEEP) progress(`logs: ${tmp}/{main,worker-1,worker-2}.log, Postgres ${pg.dir}`);

	// Everything stops: then nothing of ours may be left.
	const ports = [mainProcess.port, pg.port, redis.port, ...workers.map((w) => w.healthPort)];
	const postmaster = pg.pid();
	progress('stopping everything');
	mark = Date.now();
	await cleanup();
	let postmasterAlive = Boolean(postmaster);
	for (let i = 0; postmasterAlive && i < 100; i++) {
		postmasterAlive = processAlive(postmaster);
		if (postmasterAlive) await sleep(100);
	}
	const busyPorts = [];
	for (const port of ports) if (!(await n8n.isPortFree(port))) busyPorts.push(port);
	check('everything started was stopped (no process left, ports free, temporary folders gone)', () => {
		const left = [...cluster.descendantPids()].filter((pid) => {
			try {
				return !fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('ps');
			} catch {
				return false;
			}
		});
		expect(left.length === 0, `still running: ${left.join(', ')}`);
		expect(!postmasterAlive, `postgres ${postmaster} still running`);
		expect(busyPorts.length === 0, `ports still in use: ${busyPorts.join(', ')}`);
		expect(KEEP || (!fs.existsSync(tmp) && !fs.existsSync(pg.dir)), 'a temporary folder is left');
		return `stopped in ${seconds(Date.now() - mark)}; ports ${ports.join(', ')}`;
	});
	progress(`done in ${seconds(Date.now() - started)}`);
}

main()
	.catch((error) => {
		if (finishing) return;
		console.log(`FAIL setup: ${String(error.message).replaceAll(PLATFORM_TOKEN, '<token>').replaceAll(USER_TOKEN, '<token>')}`);
		results.push({ name: 'setup', ok: false });
	})
	.then(async () => {
		if (finishing) return;
		await cleanup();
		const failed = summary();
		process.exit(failed ? 1 : 0);
	});
