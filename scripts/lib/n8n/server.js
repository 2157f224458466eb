'use strict';
/** `n8n start` as a child process, returned once its REST API answers. */

const fs = require('node:fs');
const path = require('node:path');

const { n8nEnv } = require('./environment');
const { freePort, httpGet } = require('./network');
const { sleep, startGroup, tail } = require('./processes');

/**
 * Starts `n8n start` (own process group) and resolves once it serves its REST API.
 * /healthz answers as soon as the HTTP server listens, and until the database is migrated
 * every other path answers 200 "n8n is starting up. Please wait"; the /rest routes come
 * some seconds later. So the wait ends when /healthz/readiness says ok (2.x: fully ready)
 * and GET /rest/settings answers with JSON.
 * Output goes to `logFile` (and to our stderr with echo: true). Returns
 * {url, port, child, logFile, exited, stop()}; stop() sends SIGTERM to the group, waits for n8n to
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
	const group = startGroup('n8n start', ctx.install.node, [ctx.install.n8nMain, 'start'], {
		cwd: ctx.userFolder,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const log = fs.openSync(logFile, 'a');
	for (const stream of [group.child.stdout, group.child.stderr]) {
		stream.on('data', (chunk) => {
			fs.writeSync(log, chunk);
			if (options.echo) process.stderr.write(chunk);
		});
	}
	// Registered before any stop(): the log is complete and closed when stop() returns.
	group.closed.then(() => fs.closeSync(log));

	const url = `http://127.0.0.1:${port}`;
	const server = {
		url,
		port,
		child: group.child,
		logFile,
		get exited() {
			return group.exited;
		},
		stop: (graceMs) => group.stop(graceMs),
	};

	const deadline = Date.now() + (options.timeoutMs ?? 3 * 60_000);
	while (true) {
		if (group.exited) {
			await group.closed;
			throw new Error(`n8n start exited (${group.exited.code ?? group.exited.signal}) before answering /healthz; log: ${logFile}\n${tail(fs.readFileSync(logFile, 'utf8'), 30)}`);
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
		await sleep(500);
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

module.exports = { startN8n, isServing };
