'use strict';
/**
 * Reporting and cleanup for the end-to-end tier: one PASS/FAIL line per check (SKIP lines
 * are printed but not counted), the final "<n> passed, <m> failed" line, cleanups run in
 * reverse order, SIGINT/SIGTERM and an overall timeout that report and clean up before
 * exiting.
 */

const n8n = require('../../scripts/lib/n8n');

const started = Date.now();
const results = [];
const cleanups = [];
/** Values no output line may show (tokens); replaced by <secret> in failure messages. */
const secrets = new Set();
// Set on the overall timeout and on SIGINT/SIGTERM: their handler reports, cleans up and
// exits; the checks then must neither check nor report what was cut short.
let finishing = false;
let cleaningUp = null;

function redact(text) {
	let out = String(text);
	for (const secret of secrets) if (secret) out = out.replaceAll(secret, '<secret>');
	return out;
}

function progress(message) {
	process.stderr.write(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** Parks the caller for good once finishing (the handler is about to exit the process). */
function haltIfFinishing() {
	return finishing ? new Promise(() => {}) : undefined;
}

/** Runs one check (sync or async); its return value, if any, is shown after PASS. */
async function check(name, fn) {
	await haltIfFinishing();
	let detail;
	try {
		detail = await fn();
	} catch (error) {
		await haltIfFinishing();
		results.push({ name, ok: false });
		console.log(`FAIL ${name}: ${redact(error.message)}`);
		return false;
	}
	await haltIfFinishing();
	results.push({ name, ok: true });
	console.log(`PASS ${name}${detail ? ` (${redact(detail)})` : ''}`);
	return true;
}

/** A failure outside any check (a module could not even get to its checks). */
function fail(name, error) {
	if (finishing) return;
	results.push({ name, ok: false });
	console.log(`FAIL ${name}: ${redact(error?.message ?? error)}`);
}

/** A part that could not run here, and why; not counted as passed or failed. */
function skip(name, why) {
	console.log(`SKIP ${name}: ${why}`);
}

function expect(condition, message) {
	if (!condition) throw new Error(message);
}

function summary() {
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed;
	console.log(`${passed} passed, ${failed} failed`);
	return failed;
}

function onCleanup(fn) {
	cleanups.push(fn);
}

function cleanup() {
	if (!cleaningUp) {
		cleaningUp = (async () => {
			await n8n.stopAllProcesses(); // an n8n command still running (timeout, Ctrl-C)
			for (const fn of cleanups.reverse()) {
				try {
					await fn();
				} catch (error) {
					progress(`cleanup: ${error.message}`);
				}
			}
		})();
	}
	return cleaningUp;
}

async function finishEarly(name, message, exitCode) {
	if (finishing) return;
	finishing = true;
	console.log(`FAIL ${message}`);
	results.push({ name, ok: false });
	summary();
	await cleanup();
	process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		progress(`${signal}: stopping`);
		void finishEarly('interrupted', `interrupted by ${signal}`, 130);
	});
}

/** Ends the run (FAIL line, summary, cleanup, exit 1) after `ms` unless done before. */
function startOverallTimeout(ms) {
	const timer = setTimeout(() => void finishEarly('overall timeout', `overall timeout: the test took longer than ${ms} ms`, 1), ms);
	onCleanup(() => clearTimeout(timer));
}

/** Runs main(), reports a setup error as a FAIL, prints the summary, cleans up, exits. */
function runMain(main) {
	main()
		.catch((error) => fail('setup', error))
		.then(async () => {
			if (finishing) return;
			progress(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
			const failed = summary();
			await cleanup();
			process.exit(failed ? 1 : 0);
		});
}

module.exports = {
	check,
	expect,
	fail,
	skip,
	progress,
	haltIfFinishing,
	redact,
	secrets,
	onCleanup,
	startOverallTimeout,
	runMain,
	get finishing() {
		return finishing;
	},
};
