#!/usr/bin/env node
'use strict';
/**
 * The README's first command, run as a user runs it: `npm start` in this checkout until it prints
 * the editor's address, the editor answers 200, the demo credential and workflow are there, then
 * Ctrl-C (SIGINT to the whole foreground process group, as a terminal sends it), and nothing it
 * started is left running. Used by CI with an empty N8N_CACHE_DIR, so the n8n install is proven
 * from scratch.
 *
 * Environment: N8N_CACHE_DIR, N8N_VERSION as for `npm start`; START_TIMEOUT_S (default 1800: a
 * cold install takes several minutes).
 *
 * Prints one PASS/FAIL line per check and "<n> passed, <m> failed"; exits 1 on any failure.
 * `npm start` is stopped (its whole process group) on failure and Ctrl-C too.
 */
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');

const n8n = require('../../scripts/lib/n8n');
const { createTier } = require('../lib/tier');

const TIMEOUT_MS = Number(process.env.START_TIMEOUT_S || 1800) * 1000;
const OWNER = { email: 'demo@example.com', password: 'Demo-pass1!' };
const MARKER = `CHATWOOT_START_CHECK=${crypto.randomUUID()}`;
const t = createTier('start-check');

/** Processes (other than this one) whose environment carries the marker given to `npm start`. */
function markedProcesses() {
	const found = [];
	for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		if (Number(pid) === process.pid) continue;
		try {
			const environ = fs.readFileSync(`/proc/${pid}/environ`, 'latin1');
			if (environ.split('\0').includes(MARKER)) {
				found.push(`${pid} ${fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ').trim()}`);
			}
		} catch {
			// gone meanwhile, or not ours to read
		}
	}
	return found;
}

/** `npm start` in its own process group (like a shell's foreground job), its output echoed. */
function startNpmStart(ports) {
	const [markerName, markerValue] = MARKER.split('=');
	const child = spawn('npm', ['start'], {
		cwd: n8n.ROOT,
		env: { ...process.env, N8N_PORT: String(ports.n8n), FAKE_CHATWOOT_PORT: String(ports.fake), [markerName]: markerValue },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
	// Whatever happens to this test, nothing of `npm start` outlives it.
	t.onCleanup(() => n8n.killGroup(child.pid, 'SIGKILL'));
	let output = '';
	const editorUrl = new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no editor address within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
		const onData = (chunk) => {
			const text = chunk.toString();
			output += text;
			process.stderr.write(text);
			const match = /Editor:\s+(http:\/\/\S+)/.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		exited.then(({ code, signal }) => {
			clearTimeout(timer);
			reject(new Error(`npm start exited (${code ?? signal}) before printing the editor address`));
		});
	});
	return { child, exited, editorUrl };
}

async function main() {
	const ports = { n8n: await n8n.freePort(), fake: await n8n.freePort() };
	const npmStart = startNpmStart(ports);
	let editorUrl;
	const ready = await t.check('npm start prints the editor address', async () => {
		editorUrl = await npmStart.editorUrl;
		return editorUrl;
	});
	if (ready) {
		await t.check('the editor answers 200', async () => {
			const editor = await n8n.httpGet(editorUrl, 10_000);
			t.expect(editor.status === 200, `GET ${editorUrl} answered ${editor.status}`);
			return `GET ${editorUrl}`;
		});
		await t.check('the demo owner signs in and sees the demo workflow and credential', async () => {
			const baseUrl = editorUrl.replace(/\/$/, '');
			const session = await n8n.signIn(baseUrl, OWNER.email, OWNER.password);
			const workflows = await n8n.restCall(baseUrl, 'GET', '/rest/workflows', undefined, session);
			const credentials = await n8n.restCall(baseUrl, 'GET', '/rest/credentials', undefined, session);
			const names = (res) => (res.json?.data || []).map((record) => record.name);
			t.expect(names(workflows).includes('Update a Chatwoot user'), `the demo workflow is missing: ${JSON.stringify(names(workflows))}`);
			t.expect(names(credentials).includes('ChatWoot (demo)'), `the demo credential is missing: ${JSON.stringify(names(credentials))}`);
			return `workflows ${JSON.stringify(names(workflows))}, credentials ${JSON.stringify(names(credentials))}`;
		});
	}

	t.progress('Ctrl-C (SIGINT to the process group)');
	n8n.killGroup(npmStart.child.pid, 'SIGINT');
	await t.check('Ctrl-C: npm start exits within 60 s', async () => {
		const result = await Promise.race([npmStart.exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 60_000))]);
		t.expect(result !== 'timeout', 'npm start did not exit within 60 s of Ctrl-C');
		return `exited (${result.code ?? result.signal})`;
	});
	await new Promise((resolve) => setTimeout(resolve, 2000)); // let the last children go
	await t.check('nothing npm start started is left running, its ports are free', async () => {
		const left = markedProcesses();
		for (const line of left) n8n.killGroup(Number(line.split(' ')[0]), 'SIGKILL');
		t.expect(left.length === 0, `processes left running:\n  ${left.join('\n  ')}`);
		const taken = [];
		for (const port of Object.values(ports)) if (!(await n8n.isPortFree(port))) taken.push(port);
		t.expect(taken.length === 0, `ports still taken: ${taken.join(', ')}`);
		return `ports ${Object.values(ports).join(', ')}`;
	});
}

t.runMain(main);
