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
 */
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');

const n8n = require('../../scripts/lib/n8n');

const TIMEOUT_MS = Number(process.env.START_TIMEOUT_S || 1800) * 1000;
const OWNER = { email: 'demo@example.com', password: 'Demo-pass1!' };
const MARKER = `CHATWOOT_START_CHECK=${crypto.randomUUID()}`;

function log(message) {
	process.stderr.write(`[start-check] ${message}\n`);
}

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

async function main() {
	const [n8nPort, fakePort] = [await n8n.freePort(), await n8n.freePort()];
	const [markerName, markerValue] = MARKER.split('=');
	const child = spawn('npm', ['start'], {
		cwd: n8n.ROOT,
		env: { ...process.env, N8N_PORT: String(n8nPort), FAKE_CHATWOOT_PORT: String(fakePort), [markerName]: markerValue },
		detached: true, // its own process group, like a shell's foreground job
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
	const editorUrl = await new Promise((resolve, reject) => {
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
	const problems = [];
	try {
		const editor = await n8n.httpGet(editorUrl, 10_000);
		log(`GET ${editorUrl} answered ${editor.status}`);
		if (editor.status !== 200) problems.push(`the editor answered ${editor.status}`);
		const baseUrl = editorUrl.replace(/\/$/, '');
		const session = await n8n.signIn(baseUrl, OWNER.email, OWNER.password);
		const workflows = await n8n.restCall(baseUrl, 'GET', '/rest/workflows', undefined, session);
		const credentials = await n8n.restCall(baseUrl, 'GET', '/rest/credentials', undefined, session);
		const names = (res) => (res.json?.data || []).map((record) => record.name);
		log(`signed in; workflows ${JSON.stringify(names(workflows))}, credentials ${JSON.stringify(names(credentials))}`);
		if (!names(workflows).includes('Update a Chatwoot user')) problems.push('the demo workflow is missing');
		if (!names(credentials).includes('ChatWoot (demo)')) problems.push('the demo credential is missing');
	} catch (error) {
		problems.push(error.message);
	}

	log('Ctrl-C (SIGINT to the process group)');
	n8n.killGroup(child.pid, 'SIGINT');
	const result = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 60_000))]);
	if (result === 'timeout') problems.push('npm start did not exit within 60 s of Ctrl-C');
	else log(`npm start exited (${result.code ?? result.signal})`);
	await new Promise((resolve) => setTimeout(resolve, 2000)); // let the last children go
	const left = markedProcesses();
	if (left.length > 0) problems.push(`processes left running:\n  ${left.join('\n  ')}`);
	for (const port of [n8nPort, fakePort]) {
		if (!(await n8n.isPortFree(port))) problems.push(`port ${port} is still taken`);
	}
	for (const line of left) n8n.killGroup(Number(line.split(' ')[0]), 'SIGKILL');

	if (problems.length > 0) {
		log(`FAILED:\n- ${problems.join('\n- ')}`);
		process.exit(1);
	}
	log('passed: editor up with the demo workflow and credential; Ctrl-C left nothing running');
}

main().catch((error) => {
	log(`FAILED: ${error.message}`);
	process.exit(1);
});
