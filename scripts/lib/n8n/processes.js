'use strict';
/**
 * Child processes and temporary folders, with cleanup on the way out.
 *
 * Every child runs in its own process group (detached) so that stopping it also stops what
 * it spawned (n8n's task runner). Groups still alive when this process exits get SIGKILL,
 * and temporary folders still registered (import files hold credentials in plain text) are
 * removed. Callers handle SIGINT / SIGTERM themselves (stop what they started, then
 * stopAllProcesses()).
 */

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ROOT } = require('./project');

/** Process groups started here and not yet known to have exited. */
const liveGroups = new Set();
/** Set by stopAllProcesses(): from then on nothing new is started. */
let shuttingDown = false;
/** Temporary folders (withTempDir) not yet removed. */
const tempDirs = new Set();

process.on('exit', () => {
	// Last resort (synchronous only): anything the caller did not stop gets SIGKILL, and an
	// import cut short by Ctrl-C does not leave its plain-text credentials behind.
	for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
	for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function refuseWhenShuttingDown(what) {
	if (shuttingDown) {
		const error = new Error(`not starting ${what}: shutting down`);
		error.code = 'SHUTTING_DOWN';
		throw error;
	}
}

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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops every process group started here that is still running (an import cut short by
 * Ctrl-C, an n8n still booting): SIGTERM, up to `graceMs` to exit, then SIGKILL.
 */
async function stopAllProcesses(graceMs = 15_000) {
	shuttingDown = true;
	const pids = [...liveGroups];
	for (const pid of pids) killGroup(pid, 'SIGTERM');
	const deadline = Date.now() + graceMs;
	while (pids.some(groupAlive) && Date.now() < deadline) await sleep(100);
	for (const pid of pids) killGroup(pid, 'SIGKILL');
}

/**
 * A long-running process in its own group (n8n start, n8n worker), tracked until it is gone.
 * Returns {child, pid, exit (promise of {code, signal}), closed (promise: pipes closed too),
 * exited (getter), kill(signal), stop(graceMs)}; stop() sends SIGTERM to the group, waits up
 * to graceMs for the leader, then SIGKILLs what is left (a task runner left behind).
 */
function startGroup(what, command, args, { cwd, env, stdio }) {
	refuseWhenShuttingDown(what);
	const child = spawn(command, args, { cwd, env, detached: true, stdio });
	child.on('error', () => {}); // reported through 'exit'/'close'
	liveGroups.add(child.pid);
	let exited = null;
	const exit = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			resolve(exited);
		});
	});
	const closed = new Promise((resolve) => child.on('close', resolve)).then(() => {
		killGroup(child.pid, 'SIGKILL'); // what the leader left behind in its group
		liveGroups.delete(child.pid);
	});
	let stopping = null;
	return {
		child,
		pid: child.pid,
		exit,
		closed,
		get exited() {
			return exited;
		},
		kill: (signal) => killGroup(child.pid, signal),
		stop(graceMs = 20_000) {
			if (!stopping) {
				stopping = (async () => {
					if (!exited) {
						killGroup(child.pid, 'SIGTERM');
						const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
						await exit;
						clearTimeout(timer);
					}
					await closed;
				})();
			}
			return stopping;
		},
	};
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

/** Runs fn(dir) with a new private temporary folder, removed afterwards (or on exit). */
async function withTempDir(prefix, fn) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	tempDirs.add(dir);
	try {
		return await fn(dir);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
		tempDirs.delete(dir);
	}
}

module.exports = { run, runChecked, tail, killGroup, stopAllProcesses, startGroup, withTempDir, refuseWhenShuttingDown, sleep };
