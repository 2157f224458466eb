'use strict';
/**
 * Reporting and cleanup for the real-n8n test tiers (test/e2e, test/ui, test/queue,
 * test/start): one PASS/FAIL line per check (SKIP and INFO lines are printed, not counted),
 * a closing "<n> passed, <m> failed" line and exit code 1 on any failure; cleanups run in
 * reverse order, then every process group scripts/lib/n8n started and still running is
 * stopped, then temporary folders are removed: on success, failure, overall timeout and
 * SIGINT/SIGTERM alike.
 *
 *   const t = createTier('e2e');       // progress lines read "[e2e 12.3s] ..."
 *   t.runMain(async () => { ... await t.check('name', () => { t.expect(ok, 'why'); return 'detail'; }); });
 *
 * Node 20, CommonJS, built-ins only. One tier per process (it owns the signal handlers).
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const n8n = require('../../scripts/lib/n8n');

function createTier(name) {
	const started = Date.now();
	const results = [];
	const cleanups = [];
	const tempDirs = [];
	/** Values no output line may show (tokens); replaced by <secret> in what is printed. */
	const secrets = new Set();
	// Set on the overall timeout, on SIGINT/SIGTERM and once main() is done: the checks then
	// must neither check nor report what was cut short.
	let finishing = false;
	let cleaningUp = null;

	function redact(text) {
		let out = String(text);
		for (const secret of secrets) if (secret) out = out.replaceAll(secret, '<secret>');
		return out;
	}

	function progress(message) {
		process.stderr.write(`[${name} ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
	}

	/** Parks the caller for good once finishing (the handler is about to exit the process). */
	function haltIfFinishing() {
		return finishing ? new Promise(() => {}) : undefined;
	}

	function pass(check, detail) {
		results.push({ name: check, ok: true });
		console.log(`PASS ${check}${detail ? ` (${redact(detail)})` : ''}`);
	}

	function reportFailure(check, error) {
		results.push({ name: check, ok: false });
		console.log(`FAIL ${check}: ${redact(error?.message ?? error)}`);
	}

	/** A failed check, or a failure outside any check (a part could not even get to its checks). */
	function fail(check, error) {
		if (!finishing) reportFailure(check, error);
	}

	/** Runs one check (sync or async); its return value, if any, is shown after PASS. */
	async function check(checkName, fn) {
		await haltIfFinishing();
		let detail;
		try {
			detail = await fn();
		} catch (error) {
			await haltIfFinishing();
			reportFailure(checkName, error);
			return false;
		}
		await haltIfFinishing();
		pass(checkName, detail);
		return true;
	}

	/** A part that could not run here, and why; not counted as passed or failed. */
	function skip(part, why) {
		console.log(`SKIP ${part}: ${redact(why)}`);
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

	const allPassed = () => results.every((r) => r.ok);

	function onCleanup(fn) {
		cleanups.push(fn);
	}

	/**
	 * Stops everything (once): the cleanups, last registered first (they may still run
	 * commands, e.g. pg_ctl stop); then whatever scripts/lib/n8n started and is still running
	 * (an n8n command cut short by a timeout or Ctrl-C), after which nothing new starts; last
	 * the temporary folders, once nothing writes into them any more.
	 */
	function cleanup() {
		if (!cleaningUp) {
			cleaningUp = (async () => {
				const attempt = async (fn) => {
					try {
						await fn();
					} catch (error) {
						progress(`cleanup: ${redact(error.message)}`);
					}
				};
				for (const fn of cleanups.reverse()) await attempt(fn);
				await attempt(() => n8n.stopAllProcesses());
				for (const { dir, keep } of tempDirs) {
					await attempt(() => (keep ? progress(`kept ${dir}`) : fs.rmSync(dir, { recursive: true, force: true })));
				}
			})();
		}
		return cleaningUp;
	}

	/** A new temporary folder, removed at cleanup (with `keep`: kept, and said where). */
	function tempDir(prefix, { keep = false } = {}) {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
		tempDirs.push({ dir, keep });
		return dir;
	}

	async function finishEarly(check, why, exitCode) {
		if (finishing) return;
		finishing = true;
		reportFailure(check, why);
		summary();
		await cleanup();
		process.exit(exitCode);
	}

	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => {
			if (finishing) return; // a second Ctrl-C while stopping: let it finish
			progress(`${signal}: stopping`);
			void finishEarly('interrupted', signal, 130);
		});
	}

	/** Ends the run (FAIL line, summary, cleanup, exit 1) after `ms` unless done before. */
	function startOverallTimeout(ms) {
		const timer = setTimeout(() => void finishEarly('overall timeout', `the test took longer than ${ms} ms`, 1), ms);
		onCleanup(() => clearTimeout(timer));
	}

	/** Runs main(), reports an error it throws as FAIL setup, prints the summary, cleans up, exits. */
	function runMain(main) {
		main()
			.catch((error) => fail('setup', error))
			.then(async () => {
				if (finishing) return; // the timeout/signal handler exits
				finishing = true;
				progress(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
				const failed = summary();
				await cleanup();
				process.exit(failed ? 1 : 0);
			});
	}

	return {
		progress,
		secrets,
		redact,
		check,
		pass,
		fail,
		skip,
		expect,
		summary,
		allPassed,
		onCleanup,
		cleanup,
		tempDir,
		haltIfFinishing,
		startOverallTimeout,
		runMain,
		get finishing() {
			return finishing;
		},
	};
}

module.exports = { createTier };
