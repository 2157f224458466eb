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
 *  1. burst.js: a published Webhook -> ChatWoot (Platform User Update) workflow is called
 *     QUEUE_BURST (200) times at once: every call answered with its user, every update at
 *     the fake exactly once, 200 successful executions in Postgres, both workers ran some;
 *  2. trigger.js: a published ChatWoot Trigger workflow gets 50 signed events plus
 *     re-deliveries of 10 of them (same X-Chatwoot-Delivery) and one forged event: 50
 *     executions on the workers, re-deliveries and the forgery start none;
 *  3. kill.js: a burst of 100 calls to a Webhook -> Wait -> ChatWoot workflow, and one
 *     worker is SIGKILLed while it has runs in flight: every accepted call is completed
 *     exactly once or reported failed (in its HTTP answer and in Postgres); the test says which.
 * Which worker ran an execution comes from the workers' own logs ("Worker started /
 * finished execution <id>"), matched with the execution records in Postgres (these have
 * no worker column).
 *
 * Prints one PASS/FAIL line per check and "<n> passed, <m> failed"; exits 1 on any failure.
 * Everything started here is stopped here, on failure, timeout and Ctrl-C too.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const n8n = require('../../scripts/lib/n8n');
const { startFakeChatwoot } = require('../../dev/fake-chatwoot');
const services = require('./services');
const cluster = require('./cluster');
const workflows = require('./workflows');
const { createTier } = require('../lib/tier');
const { burstCalls } = require('./burst');
const { triggerEvents } = require('./trigger');
const { killWorker } = require('./kill');

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

const PLATFORM_TOKEN = `queue-platform-${crypto.randomBytes(12).toString('hex')}`;
const USER_TOKEN = `queue-user-${crypto.randomBytes(12).toString('hex')}`;
const RUN = crypto.randomBytes(3).toString('hex'); // in every marker, to tell runs apart

const t = createTier('queue');
t.secrets.add(PLATFORM_TOKEN);
t.secrets.add(USER_TOKEN);

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function countBy(values) {
	const counts = {};
	for (const value of values) counts[value] = (counts[value] || 0) + 1;
	return counts;
}
/** Alive and not a zombie (a process reparented to an init that does not reap). */
function processAlive(pid) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
	} catch {
		return false;
	}
}

async function main() {
	const version = process.env.N8N_VERSION || n8n.DEFAULT_N8N_VERSION;
	t.progress('checking redis-server and PostgreSQL');
	await services.ensurePackages(t.progress);
	t.progress(`n8n ${version}: checking the install`);
	const install = await n8n.ensureN8n({ version });

	t.startOverallTimeout(OVERALL_TIMEOUT_MS);
	t.onCleanup(() => services.stopAllServices()); // last: what a failed start left running

	const tmp = t.tempDir('chatwoot-queue-', { keep: KEEP });

	const fake = await startFakeChatwoot({ port: 0, tokens: { platform: PLATFORM_TOKEN, user: USER_TOKEN, bot: 'queue-bot-token' }, seed: true });
	t.onCleanup(() => fake.close());
	t.progress(`fake Chatwoot on ${fake.url}`);

	const [pg, redis] = await Promise.all([
		services.startPostgres({ port: await n8n.freePort(), log: t.progress, keep: KEEP }),
		services.startRedis({ dir: path.join(tmp, 'redis'), port: await n8n.freePort(), log: t.progress }),
	]);
	t.onCleanup(() => pg.stop());
	t.onCleanup(() => redis.stop());
	const env = cluster.queueEnv({ pg, redis, timing: TIMING });

	// The package, as users get it: one tarball, installed into each process's user folder.
	const folders = { main: path.join(tmp, 'main'), 'worker-1': path.join(tmp, 'worker-1'), 'worker-2': path.join(tmp, 'worker-2') };
	for (const folder of Object.values(folders)) n8n.createUserFolder({ dir: folder });
	await n8n.buildPackage(); // only when dist/ is older than the sources
	t.progress('packing the package and installing it into the user folders of main, worker-1 and worker-2');
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
	t.progress('importing credentials into Postgres (creates the schema)');
	let mark = Date.now();
	await n8n.importCredentials(ctx, [platformCredential, userCredential], { timeoutMs: 4 * 60_000 });
	t.progress(`  ${seconds(Date.now() - mark)}; importing and publishing the workflows`);
	await n8n.importWorkflows(ctx, definitions);
	await Promise.all(Object.values(ids).map((id) => n8n.publishWorkflow(ctx, id)));
	await t.haltIfFinishing();

	t.progress('starting n8n main (queue mode)');
	mark = Date.now();
	const mainProcess = await n8n.startN8n(ctx, { logFile: path.join(tmp, 'main.log'), timeoutMs: 4 * 60_000 });
	t.onCleanup(() => mainProcess.stop());
	t.progress(`  main ready at ${mainProcess.url} in ${seconds(Date.now() - mark)}; starting worker-1 and worker-2`);
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
			t.onCleanup(() => worker.stop());
			workers.push(worker);
		}),
	);
	workers.sort((a, b) => a.name.localeCompare(b.name));
	t.progress(`  workers ready in ${seconds(Date.now() - mark)}`);
	await t.haltIfFinishing();

	await t.check('setup: main and two workers up in queue mode, the same package version in each user folder', () => {
		const versions = new Set(installedVersions.map((line) => line.split(': ')[1]));
		t.expect(versions.size === 1, installedVersions.join(', '));
		return `n8n ${version}; ${installedVersions.join(', ')}`;
	});

	const executions = async (workflowId) =>
		(await pg.query(`SELECT id, status FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id::bigint`)).map(([id, status]) => ({ id, status }));
	const logs = () => Object.fromEntries(workers.map((w) => [w.name, cluster.workerLogExecutions(w.logFile)]));
	const ranBy = (id, workerLogs) => Object.keys(workerLogs).filter((name) => workerLogs[name].finished.has(id));

	// Platform users to update: one per call, so "exactly once" is countable per user.
	const userCount = BURST + EVENTS + 1 + KILL_CALLS;
	t.progress(`creating ${userCount} platform users in the fake`);
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

	const q = {
		t,
		fake,
		pg,
		mainProcess,
		workers,
		users,
		putsFor,
		executions,
		logs,
		ranBy,
		ids,
		paths,
		RUN,
		triggerWebhookId,
		counts: { burst: BURST, events: EVENTS, redelivered: REDELIVERED, killCalls: KILL_CALLS, waitSeconds: WAIT_SECONDS },
		seconds,
		sleep,
		countBy,
	};
	await burstCalls(q);
	await triggerEvents(q);
	await killWorker(q);

	// ---------------------------------------------------------------------------------
	// Loopback only, and the logs.
	await t.check('every socket the test\'s processes listen on is on 127.0.0.1', () => {
		const pids = cluster.descendantPids();
		pids.add(process.pid); // the fake Chatwoot
		const postmaster = pg.pid();
		if (postmaster) {
			pids.add(postmaster);
			for (const pid of cluster.descendantPids(postmaster)) pids.add(pid);
		}
		const sockets = cluster.listeningSockets(pids);
		const elsewhere = sockets.filter((s) => s.address !== '127.0.0.1');
		t.expect(elsewhere.length === 0, `not on 127.0.0.1: ${elsewhere.map((s) => `${s.command}(${s.pid}) ${s.address}:${s.port}`).join(', ')}`);
		return `${sockets.length} listening sockets: ${[...new Set(sockets.map((s) => s.command))].join(', ')}`;
	});
	await t.check('no access token in the logs of main and workers', () => {
		const leaks = [mainProcess.logFile, ...workers.map((w) => w.logFile)].filter((file) => {
			const text = fs.readFileSync(file, 'utf8');
			return text.includes(PLATFORM_TOKEN) || text.includes(USER_TOKEN);
		});
		t.expect(leaks.length === 0, `found in ${leaks.map((f) => path.basename(f)).join(', ')}`);
	});
	if (KEEP) t.progress(`logs: ${tmp}/{main,worker-1,worker-2}.log, Postgres ${pg.dir}`);

	// Everything stops: then nothing of ours may be left.
	const ports = [mainProcess.port, pg.port, redis.port, ...workers.map((w) => w.healthPort)];
	const postmaster = pg.pid();
	t.progress('stopping everything');
	mark = Date.now();
	await t.cleanup();
	let postmasterAlive = Boolean(postmaster);
	for (let i = 0; postmasterAlive && i < 100; i++) {
		postmasterAlive = processAlive(postmaster);
		if (postmasterAlive) await sleep(100);
	}
	const busyPorts = [];
	for (const port of ports) if (!(await n8n.isPortFree(port))) busyPorts.push(port);
	await t.check('everything started was stopped (no process left, ports free, temporary folders gone)', () => {
		const left = [...cluster.descendantPids()].filter((pid) => {
			try {
				return !fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('ps');
			} catch {
				return false;
			}
		});
		t.expect(left.length === 0, `still running: ${left.join(', ')}`);
		t.expect(!postmasterAlive, `postgres ${postmaster} still running`);
		t.expect(busyPorts.length === 0, `ports still in use: ${busyPorts.join(', ')}`);
		t.expect(KEEP || (!fs.existsSync(tmp) && !fs.existsSync(pg.dir)), 'a temporary folder is left');
		return `stopped in ${seconds(Date.now() - mark)}; ports ${ports.join(', ')}`;
	});
}

t.runMain(main);
