'use strict';
/**
 * One-shot n8n CLI commands (Node 24, the context's user folder): import credentials and
 * workflows, publish a workflow, `n8n execute` and reading its printed run data.
 */

const fs = require('node:fs');
const path = require('node:path');

const { n8nEnv } = require('./environment');
const { freePort } = require('./network');
const { run, tail, withTempDir } = require('./processes');

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
function withJsonFile(data, fn) {
	return withTempDir('n8n-import-', (dir) => {
		const file = path.join(dir, 'input.json');
		// Credentials files hold tokens in plain text: readable by us only, removed right after.
		fs.writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600 });
		return fn(file);
	});
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

module.exports = {
	runN8n,
	runN8nChecked,
	importCredentials,
	importWorkflows,
	publishWorkflow,
	executeWorkflow,
	parseRunOutput,
	nodeOutput,
};
