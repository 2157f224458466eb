'use strict';
/**
 * The REST API of a running n8n (`n8n start`) as the editor uses it: sign-in, manual runs
 * (`POST /rest/workflows/:id/run`, what "Execute workflow" and "Execute step" send), the
 * executions list and an execution's data, binary data downloads, deactivation.
 * Written against n8n 2.x (2.40.7).
 */

const fs = require('node:fs');
const path = require('node:path');
const n8n = require('../../scripts/lib/n8n');

const OWNER = { email: 'owner@e2e.test', firstName: 'End', lastName: 'ToEnd', password: 'E2e-Password-1' };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * n8n stores an execution's data in the "flatted" format (cycles and shared references as
 * indexes). Its own copy of the flatted package reads it.
 */
function loadFlatted(install) {
	const dir = path.join(install.dir, 'node_modules', 'flatted');
	if (!fs.existsSync(dir)) throw new Error(`n8n's flatted package is not at ${dir}: cannot read execution data`);
	return require(dir);
}

/**
 * Owner set-up and sign-in on a fresh n8n; returns helpers bound to the session.
 * @param {{url: string}} server what n8n.startN8n returned
 */
async function connect(server, install) {
	await n8n.setupOwner(server.url, OWNER);
	const session = await n8n.signIn(server.url, OWNER.email, OWNER.password);
	const flatted = loadFlatted(install);

	async function call(method, route, body) {
		return await n8n.restCall(server.url, method, route, body, session);
	}

	/** One execution with its data parsed: {id, status, finished, mode, data: IRunExecutionData}. */
	async function execution(id) {
		const res = await call('GET', `/rest/executions/${id}`);
		if (res.status !== 200 || !res.json?.data) throw new Error(`GET /rest/executions/${id} answered ${res.status}: ${res.text.slice(0, 300)}`);
		const raw = res.json.data;
		return { ...raw, data: typeof raw.data === 'string' ? flatted.parse(raw.data) : raw.data };
	}

	/** Waits until the execution has stopped (success, error, canceled, crashed). */
	async function waitForExecution(id, timeoutMs = 90_000) {
		const deadline = Date.now() + timeoutMs;
		while (true) {
			const res = await call('GET', `/rest/executions/${id}`);
			const raw = res.json?.data;
			if (raw && raw.stoppedAt && !['new', 'running', 'waiting'].includes(raw.status)) return await execution(id);
			if (Date.now() > deadline) throw new Error(`execution ${id} did not finish within ${timeoutMs} ms (status ${raw?.status})`);
			await sleep(250);
		}
	}

	/**
	 * A manual run as the editor starts it; `body` is the ManualRunDto, e.g.
	 * {triggerToStartFrom: {name: 'Start'}}, or {destinationNode, agentRequest} for a tool.
	 * Resolves with the finished execution.
	 */
	async function runManually(workflowId, body, timeoutMs) {
		if (install.major < 2) {
			const wf = await call('GET', `/rest/workflows/${workflowId}`);
			body = { ...body, workflowData: wf.json.data };
		}
		const res = await call('POST', `/rest/workflows/${workflowId}/run`, body);
		const executionId = res.json?.data?.executionId;
		if (res.status !== 200 || !executionId) {
			throw new Error(`POST /rest/workflows/${workflowId}/run answered ${res.status}: ${res.text.slice(0, 400)}`);
		}
		return await waitForExecution(executionId, timeoutMs);
	}

	/**
	 * runManually(), but a run that could not be started or did not finish is returned as
	 * {status: 'not run: <why>', data: undefined}, so that each check reports it.
	 */
	async function tryRunManually(workflowId, body, timeoutMs) {
		try {
			return await runManually(workflowId, body, timeoutMs);
		} catch (error) {
			return { id: undefined, status: `not run: ${error.message}`, data: undefined };
		}
	}

	/** The executions of a workflow, newest first (summaries, no data). */
	async function executions(workflowId) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const res = await call('GET', `/rest/executions?filter=${filter}&limit=100`);
		if (res.status !== 200) throw new Error(`GET /rest/executions answered ${res.status}: ${res.text.slice(0, 300)}`);
		return res.json?.data?.results ?? [];
	}

	/** The bytes of a binary data entry of the run data ({id: 'filesystem-v2:...'}), as the editor's download. */
	async function binary(entry) {
		if (entry?.data && entry.data !== 'filesystem-v2' && !entry.id) return Buffer.from(entry.data, 'base64'); // kept in the run data
		const url = `${server.url}/rest/binary-data?id=${encodeURIComponent(entry.id)}&action=download`;
		const res = await fetch(url, { headers: { cookie: session.cookie }, signal: AbortSignal.timeout(30_000) });
		if (res.status !== 200) throw new Error(`GET /rest/binary-data answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
		return Buffer.from(await res.arrayBuffer());
	}

	return { url: server.url, session, call, execution, waitForExecution, runManually, tryRunManually, executions, binary };
}

/** Items ({json, binary}) of a node's run (first output) in an execution's data. */
function items(executionData, nodeName, { runIndex = 0, type = 'main' } = {}) {
	return executionData?.resultData?.runData?.[nodeName]?.[runIndex]?.data?.[type]?.[0] ?? [];
}

/** The error of a failed run: the workflow's and each node's message, for FAIL lines. */
function runError(executionData) {
	const parts = [];
	const add = (error) => {
		if (!error) return;
		for (const key of ['message', 'description']) if (typeof error[key] === 'string' && error[key]) parts.push(error[key]);
	};
	add(executionData?.resultData?.error);
	for (const [name, runs] of Object.entries(executionData?.resultData?.runData ?? {})) {
		for (const run of runs) if (run.error) parts.push(`${name}: ${run.error.message}${run.error.description ? ` (${run.error.description})` : ''}`);
	}
	return parts.join('; ') || 'no error recorded';
}

module.exports = { connect, items, runError, sleep };
