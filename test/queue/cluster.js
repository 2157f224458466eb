'use strict';
/**
 * n8n in queue mode for the queue test (test/queue/run.js): the environment every
 * process shares (Redis, Postgres, encryption key), `n8n worker` processes, what their
 * logs say about the executions they ran, and which sockets the test's processes listen on.
 *
 * `n8n start` (the main process) is scripts/lib/n8n's startN8n() with queueEnv().
 * Node 20, CommonJS, built-ins only.
 */

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

const n8n = require('../../scripts/lib/n8n');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What makes an n8n process part of the queue-mode setup: the shared Postgres and Redis.
 * The encryption key is the same everywhere already (scripts/lib/n8n sets it).
 * `timing` shortens Bull's stalled-job detection (see README, "Queue mode").
 */
function queueEnv({ pg, redis, timing = {} }) {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: redis.host,
		QUEUE_BULL_REDIS_PORT: redis.port,
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: pg.host,
		DB_POSTGRESDB_PORT: pg.port,
		DB_POSTGRESDB_DATABASE: pg.database,
		DB_POSTGRESDB_USER: pg.user,
		DB_POSTGRESDB_PASSWORD: pg.password,
		DB_POSTGRESDB_POOL_SIZE: 4,
		// No executions are pruned while the test reads them.
		EXECUTIONS_DATA_PRUNE: 'false',
		...(timing.lockDurationMs ? { QUEUE_WORKER_LOCK_DURATION: timing.lockDurationMs } : {}),
		...(timing.lockRenewMs ? { QUEUE_WORKER_LOCK_RENEW_TIME: timing.lockRenewMs } : {}),
		...(timing.stalledIntervalMs ? { QUEUE_WORKER_STALLED_INTERVAL: timing.stalledIntervalMs } : {}),
	};
}

/**
 * `n8n worker --concurrency=<n>` with its own user folder (where the package is
 * installed), task broker port and health server (QUEUE_HEALTH_CHECK_*, on 127.0.0.1);
 * resolves once GET /healthz/readiness answers 200. Output goes to `logFile`. Its process
 * group is tracked by scripts/lib/n8n (killed on the way out if still alive).
 * Returns {name, pid, healthPort, logFile, exited, kill(signal), stop(graceMs)}.
 */
async function startWorker(install, { name, userFolder, env, concurrency = 10, logFile, timeoutMs = 3 * 60_000 }) {
	const healthPort = await n8n.freePort();
	const fullEnv = n8n.n8nEnv(install, userFolder, {
		N8N_PORT: await n8n.freePort(),
		N8N_RUNNERS_BROKER_PORT: await n8n.freePort(),
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		QUEUE_HEALTH_CHECK_PORT: healthPort,
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		...env,
	});
	const out = fs.openSync(logFile, 'a');
	const group = n8n.startGroup(name, install.node, [install.n8nMain, 'worker', `--concurrency=${concurrency}`], {
		cwd: userFolder,
		env: fullEnv,
		stdio: ['ignore', out, out],
	});
	fs.closeSync(out);
	const worker = {
		name,
		pid: group.pid,
		healthPort,
		logFile,
		get exited() {
			return group.exited;
		},
		/** Signals the whole group (the worker and its task runner). */
		kill: (signal) => group.kill(signal),
		stop: (graceMs) => group.stop(graceMs),
	};
	const deadline = Date.now() + timeoutMs;
	while (true) {
		if (group.exited) {
			throw new Error(`${name} exited (${group.exited.code ?? group.exited.signal}) before it was ready; log: ${logFile}\n${tail(logFile, 25)}`);
		}
		try {
			const res = await n8n.httpGet(`http://127.0.0.1:${healthPort}/healthz/readiness`);
			if (res.status === 200) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await worker.stop();
			throw new Error(`${name} did not get ready in ${timeoutMs / 1000} s; log: ${logFile}\n${tail(logFile, 25)}`);
		}
		await sleep(500);
	}
	return worker;
}

function tail(file, lines) {
	try {
		return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * What a worker's log says it did: the execution ids it started and finished
 * ("Worker started execution <id> (job <n>)", "Worker finished execution <id> ...", both
 * at log level info in n8n 1.x and 2.x).
 */
function workerLogExecutions(logFile) {
	const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').replace(ANSI, '') : '';
	const started = new Set();
	const finished = new Set();
	for (const match of text.matchAll(/Worker started execution (\d+)/g)) started.add(match[1]);
	for (const match of text.matchAll(/Worker finished execution (\d+)/g)) finished.add(match[1]);
	return { started, finished };
}

/** Pids of our own descendants (any depth), from ps. */
function descendantPids(rootPid = process.pid) {
	const ps = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
	const children = new Map();
	for (const line of ps.stdout.split('\n')) {
		const [pid, ppid] = line.trim().split(/\s+/).map(Number);
		if (!pid) continue;
		if (!children.has(ppid)) children.set(ppid, []);
		children.get(ppid).push(pid);
	}
	const found = new Set();
	const queue = [rootPid];
	while (queue.length) {
		for (const child of children.get(queue.shift()) || []) {
			if (!found.has(child)) {
				found.add(child);
				queue.push(child);
			}
		}
	}
	return found;
}

/**
 * Listening TCP sockets of the given pids: [{address, port, pid, command}] (from `ss`).
 */
function listeningSockets(pids) {
	const ss = spawnSync('ss', ['-H', '-l', '-t', '-n', '-p'], { encoding: 'utf8' });
	if (ss.status !== 0) throw new Error(`ss failed: ${ss.stderr}`);
	const sockets = [];
	for (const line of ss.stdout.split('\n')) {
		const columns = line.trim().split(/\s+/);
		if (columns.length < 5) continue;
		const local = columns[3];
		const cut = local.lastIndexOf(':');
		const address = local.slice(0, cut).replace(/^\[|\]$/g, '');
		const port = Number(local.slice(cut + 1));
		for (const match of line.matchAll(/\("([^"]+)",pid=(\d+),/g)) {
			if (pids.has(Number(match[2]))) sockets.push({ address, port, pid: Number(match[2]), command: match[1] });
		}
	}
	return sockets;
}

module.exports = { queueEnv, startWorker, workerLogExecutions, descendantPids, listeningSockets };
