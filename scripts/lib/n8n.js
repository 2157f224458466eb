'use strict';
/**
 * Helpers to drive a real n8n from Node scripts (end-to-end tests, `npm start`).
 *
 * - ensureN8n(): the pinned n8n install (scripts/ensure-n8n.sh), with Node 24 next to it.
 * - createUserFolder(): a fresh N8N_USER_FOLDER (n8n keeps everything in <folder>/.n8n).
 * - buildPackage(), packPackage(), installPackage(): the package as n8n users get it: the
 *   `npm pack` tarball installed into <folder>/.n8n/nodes.
 * - runN8n() and the import/execute/publish wrappers: one-shot CLI commands.
 * - startN8n(): `n8n start` as a child process, returned once /healthz/readiness and the
 *   REST API answer; setupOwner() and signIn() for its REST API.
 *
 * Node 20, CommonJS, built-ins only. Every child process runs in its own process group
 * (detached) so that stopping it also stops what it spawned (n8n's task runner); groups
 * still alive when this process exits are killed on the way out. Callers handle SIGINT /
 * SIGTERM themselves (stop what they started, then stopAllProcesses()).
 */

const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = require(path.join(ROOT, 'package.json')).name;
const DEFAULT_N8N_VERSION = '2.40.7';
// Fixed so that credentials imported in one run stay readable in the next (persistent
// `npm start` folder). Not a secret: it only protects throwaway local databases.
const TEST_ENCRYPTION_KEY = 'n8n-nodes-chatwoot-api-local-test-key';

// ---------------------------------------------------------------------------------------
// Child processes: process groups, cleanup on exit

/** Process groups started here and not yet known to have exited. */
const liveGroups = new Set();
/** Set by stopAllProcesses(): from then on nothing new is started. */
let shuttingDown = false;

function refuseWhenShuttingDown(what) {
	if (shuttingDown) {
		const error = new Error(`not starting ${what}: shutting down`);
		error.code = 'SHUTTING_DOWN';
		throw error;
	}
}

/** Temporary folders holding import files (credentials in plain text) not yet removed. */
const tempDirs = new Set();

process.on('exit', () => {
	// Last resort (synchronous only): anything the caller did not stop gets SIGKILL, and an
	// import cut short by Ctrl-C does not leave its plain-text credentials behind.
	for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
	for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false; // already gone
	}
}

function groupAlive(pid) {
	try {
		process.kill(-pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * Stops every process group started here that is still running (an import cut short by
 * Ctrl-C, an n8n still booting): SIGTERM, up to `graceMs` to exit, then SIGKILL.
 */
async function stopAllProcesses(graceMs = 15_000) {
	shuttingDown = true;
	const pids = [...liveGroups];
	for (const pid of pids) killGroup(pid, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	while (pids.some(groupAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
	for (const pid of pids) killGroup(pid, 'SIGKILL');
}

/**
 * Runs a command to completion. Output is collected (and optionally echoed); on timeout the
 * whole process group is killed and the result says so.
 * @returns {Promise<{code: number|null, signal: string|null, stdout: string, stderr: string, timedOut: boolean, ms: number}>}
 */
function run(command, args, options = {}) {
	const { cwd = ROOT, env = process.env, timeoutMs = 5 * 60_000, echo = false, input } = options;
	return new Promise((resolve, reject) => {
		refuseWhenShuttingDown(path.basename(command));
		const started = Date.now();
		const child = spawn(command, args, {
			cwd,
			env,
			detached: true,
			stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		});
		if (child.pid) liveGroups.add(child.pid); // no pid: spawn failed, 'error' follows
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8');
		child.stderr.setEncoding('utf8');
		child.stdout.on('data', (chunk) => {
			stdout += chunk;
			if (echo === true) process.stderr.write(chunk);
		});
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
			if (echo === true || echo === 'stderr') process.stderr.write(chunk);
		});
		if (input !== undefined) child.stdin.end(input);
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child.pid, 'SIGTERM');
			setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000).unref();
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			liveGroups.delete(child.pid);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			// The leader is gone; helpers it left behind in the group go with it.
			killGroup(child.pid, 'SIGKILL');
			liveGroups.delete(child.pid);
			resolve({ code, signal, stdout, stderr, timedOut, ms: Date.now() - started });
		});
	});
}

/** run(), but a non-zero exit or a timeout is an error that carries the output. */
async function runChecked(command, args, options = {}) {
	const result = await run(command, args, options);
	if (result.code !== 0 || result.timedOut) {
		const what = `${path.basename(command)} ${args.join(' ')}`;
		const why = result.timedOut ? `timed out after ${options.timeoutMs} ms` : `exited with ${result.code ?? result.signal}`;
		// Both streams: tsc reports on stdout, npm on stderr.
		const error = new Error(`${what} ${why}\n${tail(`${result.stdout}\n${result.stderr}`, 40)}`);
		error.result = result;
		throw error;
	}
	return result;
}

function tail(text, lines) {
	return String(text).trimEnd().split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------------------------------
// Ports and HTTP

/** A port that was free on 127.0.0.1 a moment ago. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Whether 127.0.0.1:port is free (nothing, not even a 0.0.0.0 listener, holds it). */
function isPortFree(port) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.unref();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** `preferred` if free, else a random free port. */
async function pickPort(preferred) {
	if (preferred && (await isPortFree(preferred))) return preferred;
	return freePort();
}

/** GET url → {status, body} (no throw on HTTP errors), or rejects on connection errors. */
function httpGet(url, timeoutMs = 2000) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { timeout: timeoutMs }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode, body }));
		});
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', reject);
	});
}

// ---------------------------------------------------------------------------------------
// (a) The n8n install

/**
 * Installs (once per machine, cached) and locates n8n `version` with its Node 24.
 * The install script's progress goes to our stderr as it happens.
 */
async function ensureN8n(options = {}) {
	const version = options.version || process.env.N8N_VERSION || DEFAULT_N8N_VERSION;
	const script = path.join(ROOT, 'scripts', 'ensure-n8n.sh');
	const result = await runChecked('bash', [script, version], {
		// A first install downloads ~3 GB of packages; later calls return at once.
		timeoutMs: options.timeoutMs ?? 30 * 60_000,
		echo: 'stderr',
	});
	const dir = result.stdout.trim().split('\n').pop().trim();
	const install = {
		version,
		major: Number(version.split('.')[0]),
		dir,
		node: path.join(dir, 'node24', 'bin', 'node'),
		nodeBinDir: path.join(dir, 'node24', 'bin'),
		n8nMain: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
	};
	for (const file of [install.node, install.n8nMain]) {
		if (!fs.existsSync(file)) throw new Error(`ensure-n8n.sh printed ${dir}, but ${file} is missing`);
	}
	return install;
}

// ---------------------------------------------------------------------------------------
// (b) User folders

/**
 * Makes `<dir>` usable as N8N_USER_FOLDER (n8n puts its database, config and community
 * packages under `<dir>/.n8n`). Without `dir`, a new temporary folder under `parent`.
 */
function createUserFolder({ dir, parent = os.tmpdir(), prefix = 'n8n-user-' } = {}) {
	const folder = dir ? path.resolve(dir) : fs.mkdtempSync(path.join(parent, prefix));
	fs.mkdirSync(path.join(folder, '.n8n', 'nodes'), { recursive: true });
	return folder;
}

// ---------------------------------------------------------------------------------------
// (c) Build, pack and install the package

/** Builds dist/ (scripts/build.js: tsc + icons) when it is missing or older than a source. */
async function buildPackage(options = {}) {
	// Quiet when it works; a failure carries the compiler's output in the error.
	await runChecked('node', [path.join(ROOT, 'scripts', 'build.js'), '--if-stale'], {
		timeoutMs: options.timeoutMs ?? 5 * 60_000,
		echo: options.echo ?? false,
	});
}

/**
 * `npm pack` into `destDir` (created if needed); returns the tarball's path. Build first
 * (buildPackage): .npmrc sets ignore-scripts, so `npm pack` does not run prepack here.
 */
async function packPackage(destDir, options = {}) {
	fs.mkdirSync(destDir, { recursive: true });
	const result = await runChecked('npm', ['pack', '--json', '--pack-destination', destDir], {
		timeoutMs: options.timeoutMs ?? 2 * 60_000,
	});
	// npm may print notices before the JSON; the JSON array is the last thing on stdout.
	const json = result.stdout.slice(result.stdout.indexOf('['));
	const [{ filename }] = JSON.parse(json);
	const tarball = path.join(destDir, path.basename(filename));
	if (!fs.existsSync(tarball)) throw new Error(`npm pack reported ${filename}, but ${tarball} does not exist`);
	return tarball;
}

/**
 * Installs the tarball into `<userFolder>/.n8n/nodes` the way n8n installs community
 * packages. --legacy-peer-deps: without it npm also installs the n8n-workflow peer (and
 * its native addons); n8n provides that one. --ignore-scripts: the package has none to run.
 */
async function installPackage(userFolder, tarball, options = {}) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	const manifest = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(manifest, `${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2)}\n`);
	}
	// A reinstall over an earlier copy: drop it first so that npm cannot keep the old files
	// (same name and version, new contents) or trip over the old tarball's integrity hash.
	fs.rmSync(path.join(nodesDir, 'node_modules', PACKAGE_NAME), { recursive: true, force: true });
	await runChecked(
		'npm',
		['install', tarball, '--legacy-peer-deps', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: nodesDir, timeoutMs: options.timeoutMs ?? 5 * 60_000 },
	);
	const installed = path.join(nodesDir, 'node_modules', PACKAGE_NAME, 'package.json');
	if (!fs.existsSync(installed)) throw new Error(`npm install did not produce ${installed}`);
	return path.dirname(installed);
}

/** build + pack into a temporary folder + install; returns the installed package folder. */
async function buildPackAndInstall(userFolder, options = {}) {
	if (options.build !== false) await buildPackage(options);
	const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-pack-'));
	tempDirs.add(packDir);
	try {
		const tarball = await packPackage(packDir);
		return await installPackage(userFolder, tarball, options);
	} finally {
		fs.rmSync(packDir, { recursive: true, force: true });
		tempDirs.delete(packDir);
	}
}

// ---------------------------------------------------------------------------------------
// (d) n8n CLI commands

// Variables of the calling shell that would change what n8n does (another database, queue
// mode, another user folder...). They are not passed on: each run is self-contained.
const NOT_INHERITED_PREFIXES = ['N8N_', 'DB_', 'EXECUTIONS_', 'QUEUE_', 'GENERIC_', 'NODES_', 'WEBHOOK_', 'CREDENTIALS_', 'EXTERNAL_'];

/**
 * The environment of every n8n process: its user folder, a fixed encryption key, sqlite,
 * 127.0.0.1 only, no telemetry, no update checks, no banners.
 */
function n8nEnv(install, userFolder, extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (!NOT_INHERITED_PREFIXES.some((prefix) => key.startsWith(prefix))) env[key] = value;
	}
	Object.assign(env, {
		// Node 24 first: n8n starts its task runner with the `node` it finds.
		PATH: `${install.nodeBinDir}${path.delimiter}${process.env.PATH || ''}`,
		N8N_USER_FOLDER: userFolder,
		N8N_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
		DB_TYPE: 'sqlite',
		// The run data of `n8n execute` is printed at level info (nothing at warn).
		N8N_LOG_LEVEL: 'info',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		// Offline and quiet.
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		// Loads the packages in <userFolder>/.n8n/nodes (and lets the editor install more).
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		// The fake Chatwoot lives on 127.0.0.1; keep SSRF protection (off by default) off.
		N8N_SSRF_PROTECTION_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
	});
	if (install.major < 2) {
		// 1.x runs Code nodes in-process unless told to use task runners, as 2.x always does.
		env.N8N_RUNNERS_ENABLED = 'true';
	}
	for (const [key, value] of Object.entries(extra)) {
		if (value === undefined) delete env[key];
		else env[key] = String(value);
	}
	return env;
}

/** What CLI commands and `n8n start` need: the install, the user folder, extra env. */
function createN8nContext({ install, userFolder, env = {} }) {
	return { install, userFolder, env };
}

/**
 * Runs `n8n <args>` to completion with Node 24. Returns run()'s result plus the combined
 * output (`output`). Each command gets its own task broker port, so commands may run while
 * an `n8n start` of the same folder is up.
 */
async function runN8n(ctx, args, options = {}) {
	const env = n8nEnv(ctx.install, ctx.userFolder, {
		N8N_RUNNERS_BROKER_PORT: await freePort(),
		N8N_PORT: await freePort(),
		...ctx.env,
		...options.env,
	});
	const result = await run(ctx.install.node, [ctx.install.n8nMain, ...args], {
		env,
		cwd: ctx.userFolder,
		timeoutMs: options.timeoutMs ?? 3 * 60_000,
		echo: options.echo ?? false,
	});
	return { ...result, args, output: `${result.stdout}\n${result.stderr}` };
}

async function runN8nChecked(ctx, args, options = {}) {
	const result = await runN8n(ctx, args, options);
	if (result.code !== 0 || result.timedOut) {
		const why = result.timedOut ? 'timed out' : `exited with ${result.code ?? result.signal}`;
		const error = new Error(`n8n ${args.join(' ')} ${why}\n${tail(result.output, 40)}`);
		error.result = result;
		throw error;
	}
	return result;
}

/** Writes `data` as JSON to a private temporary file, runs fn(file), removes the file. */
async function withJsonFile(data, fn) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-import-'));
	tempDirs.add(dir);
	const file = path.join(dir, 'input.json');
	// Credentials files hold tokens in plain text: readable by us only, removed right after.
	fs.writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600 });
	try {
		return await fn(file);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
		tempDirs.delete(dir);
	}
}

/**
 * `n8n import:credentials`: `credentials` is an array of {id, name, type, data} with plain
 * (unencrypted) data; n8n encrypts it with N8N_ENCRYPTION_KEY.
 */
function importCredentials(ctx, credentials, options) {
	return withJsonFile(credentials, (file) => runN8nChecked(ctx, ['import:credentials', `--input=${file}`], options));
}

/** `n8n import:workflow`: one workflow object or an array of them. */
function importWorkflows(ctx, workflows, options) {
	return withJsonFile(workflows, (file) => runN8nChecked(ctx, ['import:workflow', `--input=${file}`], options));
}

/** Activates a workflow for the next `n8n start` (1.x: update:workflow --active=true). */
function publishWorkflow(ctx, id, options) {
	const args = ctx.install.major >= 2 ? ['publish:workflow', `--id=${id}`] : ['update:workflow', `--id=${id}`, '--active=true'];
	return runN8nChecked(ctx, args, options);
}

/**
 * `n8n execute --id=<id> --rawOutput`. Never throws for a failed workflow: returns
 * {ok, run, error, crashedOnExit, ...} where `run` is the parsed execution
 * (`run.data.resultData.runData`) or undefined when none was printed, and `error` is
 * `run.data.resultData.error`.
 *
 * n8n 1.123.x often dies with SIGSEGV while exiting after `execute`, once the execution is
 * finished and printed (its isolated-vm expression engine at teardown; the same on Node 22
 * and 24, never seen with 2.x; N8N_EXPRESSION_ENGINE=legacy avoids it). For 1.x only, that
 * exit is tolerated when the printed execution is complete: `crashedOnExit` says so and the
 * run data decides `ok`.
 */
async function executeWorkflow(ctx, id, options) {
	const result = await runN8n(ctx, ['execute', `--id=${id}`, '--rawOutput'], options);
	const runData = parseRunOutput(result.stdout) || parseRunOutput(result.output);
	const error = runData?.data?.resultData?.error;
	const crashedOnExit =
		ctx.install.major < 2 && result.signal === 'SIGSEGV' && runData?.finished !== undefined && Boolean(runData?.stoppedAt);
	const exitedCleanly = (result.code === 0 || crashedOnExit) && !result.timedOut;
	return {
		...result,
		run: runData,
		error,
		crashedOnExit,
		ok: exitedCleanly && Boolean(runData) && !error,
	};
}

/**
 * Finds the execution JSON in `n8n execute` output. n8n prints it with
 * JSON.stringify(data, null, 2) through its logger: a line that is exactly `{` up to a
 * line that is exactly `}`, among other log lines. On a failed run it is printed the same
 * way after "Execution error:". Returns the last such block that parses and looks like an
 * execution, or undefined.
 */
function parseRunOutput(text) {
	const lines = String(text).split(/\r?\n/);
	let found;
	for (let start = 0; start < lines.length; start++) {
		if (lines[start] !== '{') continue;
		for (let end = start + 1; end < lines.length; end++) {
			if (lines[end] !== '}') continue;
			try {
				const value = JSON.parse(lines.slice(start, end + 1).join('\n'));
				if (value && value.data && value.data.resultData) {
					found = value;
					start = end;
				}
				break;
			} catch {
				// a `}` inside the block (a nested multi-line string); keep looking
			}
		}
	}
	return found;
}

/** Output items (json only) of a node's first run, first output, from a parsed execution. */
function nodeOutput(runData, nodeName, runIndex = 0, outputIndex = 0) {
	const nodeRun = runData?.data?.resultData?.runData?.[nodeName]?.[runIndex];
	return (nodeRun?.data?.main?.[outputIndex] || []).map((item) => item.json);
}

// ---------------------------------------------------------------------------------------
// (e) n8n start

/**
 * Starts `n8n start` (own process group) and resolves once it serves its REST API.
 * /healthz answers as soon as the HTTP server listens, and until the database is migrated
 * every other path answers 200 "n8n is starting up. Please wait"; the /rest routes come
 * some seconds later. So the wait ends when /healthz/readiness says ok (2.x: fully ready)
 * and GET /rest/settings answers with JSON.
 * Output goes to `logFile` (and to our stderr with echo: true). Returns
 * {url, port, child, logFile, stop()}; stop() sends SIGTERM to the group, waits for n8n to
 * shut down (up to graceMs), then SIGKILLs what is left.
 */
async function startN8n(ctx, options = {}) {
	const port = options.port ?? (await freePort());
	const env = n8nEnv(ctx.install, ctx.userFolder, {
		N8N_PORT: port,
		N8N_RUNNERS_BROKER_PORT: options.brokerPort ?? (await freePort()),
		// 2.x renamed WEBHOOK_URL (and warns about the old name).
		[ctx.install.major >= 2 ? 'N8N_WEBHOOK_URL' : 'WEBHOOK_URL']: `http://127.0.0.1:${port}/`,
		...ctx.env,
		...options.env,
	});
	const logFile = options.logFile ?? path.join(ctx.userFolder, 'n8n-start.log');
	refuseWhenShuttingDown('n8n start');
	const log = fs.openSync(logFile, 'a');
	const child = spawn(ctx.install.node, [ctx.install.n8nMain, 'start'], {
		cwd: ctx.userFolder,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	liveGroups.add(child.pid);
	let exited = null;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			resolve(exited);
		});
	});
	// Wait for the pipes too, so that the log is complete when stop() returns.
	const closed = new Promise((resolve) => child.on('close', resolve));
	for (const stream of [child.stdout, child.stderr]) {
		stream.on('data', (chunk) => {
			fs.writeSync(log, chunk);
			if (options.echo) process.stderr.write(chunk);
		});
	}
	closed.then(() => {
		killGroup(child.pid, 'SIGKILL'); // the task runner, if n8n left it behind
		liveGroups.delete(child.pid);
		fs.closeSync(log);
	});

	const url = `http://127.0.0.1:${port}`;
	let stopping = null;
	const server = {
		url,
		port,
		child,
		logFile,
		get exited() {
			return exited;
		},
		stop(graceMs = 20_000) {
			if (!stopping) {
				stopping = (async () => {
					if (!exited) {
						killGroup(child.pid, 'SIGTERM');
						const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
						await exitPromise;
						clearTimeout(timer);
					}
					await closed;
				})();
			}
			return stopping;
		},
	};

	const deadline = Date.now() + (options.timeoutMs ?? 3 * 60_000);
	while (true) {
		if (exited) {
			await closed;
			throw new Error(`n8n start exited (${exited.code ?? exited.signal}) before answering /healthz; log: ${logFile}\n${tail(fs.readFileSync(logFile, 'utf8'), 30)}`);
		}
		try {
			if (await isServing(url)) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await server.stop();
			throw new Error(`n8n did not get ready (${url}/healthz/readiness, ${url}/rest/settings) in time; log: ${logFile}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return server;
}

/** Whether n8n at `url` is up and serves its REST API (see startN8n). */
async function isServing(url) {
	const readiness = await httpGet(`${url}/healthz/readiness`);
	if (readiness.status !== 200) return false;
	const settings = await httpGet(`${url}/rest/settings`);
	if (settings.status !== 200) return false;
	try {
		return typeof JSON.parse(settings.body).data === 'object';
	} catch {
		return false; // the "starting up" page
	}
}

// ---------------------------------------------------------------------------------------
// REST helpers for a running n8n (owner setup, sign-in)

/** fetch() with a JSON body and the session cookie kept in `session.cookie`. */
async function restCall(baseUrl, method, route, body, session = {}) {
	const headers = { accept: 'application/json' };
	if (body !== undefined) headers['content-type'] = 'application/json';
	if (session.cookie) headers.cookie = session.cookie;
	const res = await fetch(`${baseUrl}${route}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(30_000),
	});
	const setCookie = res.headers.getSetCookie?.() || [];
	const auth = setCookie.find((c) => c.startsWith('n8n-auth='));
	if (auth) session.cookie = auth.split(';')[0];
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, json, text };
}

/**
 * Creates the instance owner unless there already is one. Returns 'created' or 'exists'.
 */
async function setupOwner(baseUrl, owner) {
	const settings = await restCall(baseUrl, 'GET', '/rest/settings');
	const userManagement = settings.json?.data?.userManagement;
	if (userManagement && userManagement.showSetupOnFirstLoad === false) return 'exists';
	const res = await restCall(baseUrl, 'POST', '/rest/owner/setup', owner);
	if (res.status === 200) return 'created';
	if (res.status === 400 && /already/i.test(res.text)) return 'exists';
	throw new Error(`POST /rest/owner/setup answered ${res.status}: ${res.text.slice(0, 300)}`);
}

/** Signs in; returns a session ({cookie}) for restCall. 2.x and 1.x field names. */
async function signIn(baseUrl, email, password) {
	const session = {};
	const res = await restCall(baseUrl, 'POST', '/rest/login', { emailOrLdapLoginId: email, email, password }, session);
	if (res.status !== 200 || !session.cookie) {
		throw new Error(`POST /rest/login answered ${res.status}: ${res.text.slice(0, 300)}`);
	}
	return session;
}

/** An id like n8n's own (16 alphanumerics), for workflows and credentials. */
function n8nId(seed) {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = seed ? crypto.createHash('sha256').update(seed).digest() : crypto.randomBytes(16);
	let id = '';
	for (let i = 0; i < 16; i++) id += alphabet[bytes[i] % alphabet.length];
	return id;
}

module.exports = {
	ROOT,
	PACKAGE_NAME,
	DEFAULT_N8N_VERSION,
	// processes and ports
	run,
	runChecked,
	killGroup,
	stopAllProcesses,
	freePort,
	isPortFree,
	pickPort,
	httpGet,
	// (a)-(c)
	ensureN8n,
	createUserFolder,
	buildPackage,
	packPackage,
	installPackage,
	buildPackAndInstall,
	// (d)
	n8nEnv,
	createN8nContext,
	runN8n,
	runN8nChecked,
	importCredentials,
	importWorkflows,
	publishWorkflow,
	executeWorkflow,
	parseRunOutput,
	nodeOutput,
	// (e)
	startN8n,
	isServing,
	restCall,
	setupOwner,
	signIn,
	n8nId,
};
