'use strict';
/**
 * The services n8n's queue mode needs, for the queue test (test/queue/run.js): Debian's
 * `redis-server` and PostgreSQL, each as a throwaway instance in a temporary folder, on
 * 127.0.0.1 and a free port. Nothing here touches the system's own Redis or PostgreSQL
 * service (their data, config or port).
 *
 * - ensurePackages(): installs `redis-server` and `postgresql` with apt-get when their
 *   binaries are missing (needs root, as in CI).
 * - startPostgres(): initdb + pg_ctl start of a private cluster owned by the `postgres`
 *   user (PostgreSQL refuses to run as root), password authentication, one database.
 * - startRedis(): redis-server in the foreground, no persistence.
 * - Each returns {stop()}; stopAllServices() stops whatever is still running, and a
 *   synchronous last resort on process exit kills what is left.
 *
 * Node 20, CommonJS, built-ins only.
 */

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const n8n = require('../../scripts/lib/n8n');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------
// Debian packages

/** The newest /usr/lib/postgresql/<major>/bin folder with initdb, or undefined. */
function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const majors = fs
		.readdirSync(root)
		.filter((name) => /^\d+$/.test(name) && fs.existsSync(path.join(root, name, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(root, majors[0], 'bin') : undefined;
}

function which(command) {
	const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Makes sure `redis-server`, PostgreSQL's server binaries and `psql` are there; installs
 * the Debian packages `redis-server` and `postgresql` when not (apt-get update first).
 * Needs root. The packages' own services are not started by this (Debian's policy-rc.d
 * is set to refuse for the install when the machine has none).
 */
async function ensurePackages(log) {
	const missing = () => {
		const wanted = [];
		if (!which('redis-server')) wanted.push('redis-server');
		if (!postgresBinDir() || !which('psql')) wanted.push('postgresql');
		return wanted;
	};
	let wanted = missing();
	if (wanted.length === 0) return { installed: [] };
	if (process.getuid && process.getuid() !== 0) {
		throw new Error(`missing ${wanted.join(', ')}: run as root, or install first: apt-get install -y ${wanted.join(' ')}`);
	}
	log(`installing ${wanted.join(', ')} with apt-get (not found on this machine)`);
	// Installing a server package starts its service unless policy-rc.d says no; this test
	// starts its own instances and must not leave the system's running.
	const policy = '/usr/sbin/policy-rc.d';
	const addedPolicy = !fs.existsSync(policy);
	if (addedPolicy) fs.writeFileSync(policy, '#!/bin/sh\n# added by test/queue for the apt-get install only\nexit 101\n', { mode: 0o755 });
	try {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		await n8n.runChecked('apt-get', ['update', '-qq'], { env, timeoutMs: 5 * 60_000, echo: 'stderr' });
		await n8n.runChecked('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...wanted], {
			env,
			timeoutMs: 10 * 60_000,
			echo: 'stderr',
		});
	} finally {
		if (addedPolicy) fs.rmSync(policy, { force: true });
	}
	wanted = missing();
	if (wanted.length) throw new Error(`apt-get install finished, but ${wanted.join(', ')} is still missing`);
	return { installed: wanted };
}

// ---------------------------------------------------------------------------------------
// Processes started here (own process groups), and the last resort on exit

/** {name, pid (process group), stopSync()} of what is still running. */
const running = new Map();

process.on('exit', () => {
	for (const service of running.values()) {
		try {
			service.stopSync();
		} catch {
			// best effort
		}
	}
});

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function stopAllServices() {
	for (const service of [...running.values()].reverse()) {
		try {
			await service.stop();
		} catch {
			// keep going: the next one must be stopped too
		}
	}
}

// ---------------------------------------------------------------------------------------
// PostgreSQL

/**
 * A private PostgreSQL cluster in a new temporary folder of its own (owned by the
 * `postgres` user, under `parent`, which that user must be able to traverse: /tmp is):
 * initdb with scram-sha-256 authentication for the superuser `n8n`, pg_ctl start with
 * `-h 127.0.0.1 -p <port> -k <dir>/socket`, a database `n8n`. Returns
 * {host, port, user, password, database, dir, dataDir, logFile, query(sql), stop()}; stop()
 * removes the folder too unless `keep`.
 */
async function startPostgres({ parent = os.tmpdir(), port, log, keep = false }) {
	const bin = postgresBinDir();
	if (!bin) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql');
	const user = 'n8n';
	const password = crypto.randomBytes(18).toString('base64url');
	const database = 'n8n';
	// The postgres user must be able to reach the folder: fall back to /tmp when TMPDIR is
	// a private folder.
	if ((fs.statSync(parent).mode & 0o001) === 0) parent = '/tmp';
	const dir = fs.mkdtempSync(path.join(parent, 'chatwoot-queue-pg-'));
	const dataDir = path.join(dir, 'data');
	const socketDir = path.join(dir, 'socket');
	const logFile = path.join(dir, 'postgres.log');
	const pwFile = path.join(dir, 'pwfile');
	fs.mkdirSync(socketDir);
	fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
	// The postgres user must own the cluster folder and reach it (mkdtemp makes 0700 folders).
	for (const target of [dir, socketDir, pwFile]) fs.chownSync(target, ...postgresIds());
	fs.chmodSync(dir, 0o700);

	const asPostgres = (args, options = {}) =>
		n8n.runChecked('runuser', ['-u', 'postgres', '--', ...args], { cwd: dir, timeoutMs: 2 * 60_000, ...options });

	await asPostgres([
		path.join(bin, 'initdb'),
		'-D', dataDir,
		'-U', user,
		`--pwfile=${pwFile}`,
		'--auth=scram-sha-256',
		'--encoding=UTF8',
		'--locale=C',
		'--no-instructions',
	]);
	fs.rmSync(pwFile, { force: true });

	// Throwaway data: no fsync. Enough connections for three n8n processes and the CLI.
	const serverOptions = [
		`-h 127.0.0.1`,
		`-p ${port}`,
		`-k ${socketDir}`,
		'-c fsync=off',
		'-c synchronous_commit=off',
		'-c full_page_writes=off',
		'-c max_connections=200',
	].join(' ');
	const pgCtl = path.join(bin, 'pg_ctl');
	const stopSync = () => {
		spawnSync('runuser', ['-u', 'postgres', '--', pgCtl, 'stop', '-D', dataDir, '-m', 'immediate', '-w', '-t', '10'], {
			stdio: 'ignore',
			timeout: 15_000,
		});
		const pid = postmasterPid(dataDir);
		if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
		if (!keep) fs.rmSync(dir, { recursive: true, force: true });
	};
	let stopped = false;
	const service = {
		name: 'postgres',
		host: '127.0.0.1',
		port,
		user,
		password,
		database,
		dir,
		dataDir,
		logFile,
		stopSync,
		/** The postmaster's pid (it runs in a session of its own, not under this process). */
		pid: () => postmasterPid(dataDir),
		async stop() {
			if (stopped) return;
			stopped = true;
			const result = await n8n.run('runuser', ['-u', 'postgres', '--', pgCtl, 'stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], {
				cwd: dir,
				timeoutMs: 40_000,
			});
			if (result.code !== 0) stopSync();
			else if (!keep) fs.rmSync(dir, { recursive: true, force: true });
			running.delete('postgres');
		},
		/** Runs SQL with psql over TCP; rows as arrays of strings (unaligned, tab separated). */
		async query(sql) {
			const result = await n8n.runChecked(
				'psql',
				['-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', database, '-c', sql],
				{ env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' }, timeoutMs: 60_000 },
			);
			return result.stdout
				.split('\n')
				.filter((line) => line !== '')
				.map((line) => line.split('\t'));
		},
	};
	running.set('postgres', service);
	log(`starting PostgreSQL (${path.basename(path.dirname(bin))}) on 127.0.0.1:${port}, data in ${dataDir}`);
	// pg_ctl -w returns once the server accepts connections; the server keeps running.
	await asPostgres([pgCtl, 'start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions], {
		timeoutMs: 90_000,
	});
	const create = await n8n.run(
		'psql',
		['-X', '-q', '-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', 'postgres', '-c', `CREATE DATABASE ${database}`],
		{ env: { ...process.env, PGPASSWORD: password }, timeoutMs: 60_000 },
	);
	if (create.code !== 0) throw new Error(`CREATE DATABASE failed: ${create.stderr.trim()}`);
	return service;
}

function postgresIds() {
	const result = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error('there is no `postgres` user (it comes with the postgresql package)');
	return [Number(result.stdout.trim()), Number(group.stdout.trim())];
}

function postmasterPid(dataDir) {
	try {
		return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
	} catch {
		return undefined;
	}
}

// ---------------------------------------------------------------------------------------
// Redis

/** redis-server on 127.0.0.1:<port>, no RDB or AOF files; resolves once it answers PING. */
async function startRedis({ dir, port, log }) {
	fs.mkdirSync(dir, { recursive: true });
	const logFile = path.join(dir, 'redis.log');
	const out = fs.openSync(logFile, 'a');
	const child = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--protected-mode', 'yes'],
		{ cwd: dir, detached: true, stdio: ['ignore', out, out] },
	);
	fs.closeSync(out);
	let exited = null;
	const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	child.on('error', () => {});
	const stopSync = () => n8n.killGroup(child.pid, 'SIGKILL');
	let stopped = false;
	const service = {
		name: 'redis',
		host: '127.0.0.1',
		port,
		logFile,
		stopSync,
		async stop() {
			if (stopped) return;
			stopped = true;
			if (!exited) {
				n8n.killGroup(child.pid, 'SIGTERM');
				const timer = setTimeout(stopSync, 10_000);
				await exit;
				clearTimeout(timer);
			}
			running.delete('redis');
		},
	};
	running.set('redis', service);
	log(`starting redis-server on 127.0.0.1:${port}`);
	const deadline = Date.now() + 30_000;
	while (true) {
		if (exited) throw new Error(`redis-server exited (${exited.code ?? exited.signal}); log: ${logFile}`);
		const ping = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'PING'], { encoding: 'utf8', timeout: 5000 });
		if (ping.stdout && ping.stdout.trim() === 'PONG') break;
		if (Date.now() > deadline) throw new Error(`redis-server did not answer PING in 30 s; log: ${logFile}`);
		await sleep(200);
	}
	return service;
}

module.exports = { ensurePackages, startPostgres, startRedis, stopAllServices };
