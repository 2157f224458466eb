#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: measures this node against @devlikeapro/n8n-nodes-chatwoot, n8n's HTTP
 * Request node and a plain Node `http` loop, prints a table and writes bench/RESULTS.md (and
 * the table into README.md between the bench markers). Progress goes to stderr.
 *
 * Every figure is the median of several runs, each in a fresh process; every ratio compares
 * figures measured in the same bench run. How and why: bench/NOTES.md (copied into RESULTS.md).
 *
 * Environment:
 *   BENCH_BUDGET_S  target for the whole bench after the build, the real-n8n row aside (default 800 s): 10,000-item
 *                   runs that would end past it are not started (the table says so)
 *   BENCH_QUICK=1   small sizes, for trying the bench itself (writes bench/.tmp/RESULTS.quick.md)
 *   N8N_VERSION     the pinned n8n whose n8n-nodes-base provides the HTTP Request node
 *   BENCH_BEFORE    a git revision: the real-n8n row adds this node as built at that revision,
 *                   taking turns with today's in the same rounds (before/after side by side)
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const n8n = require('../scripts/lib/n8n');
const { startFakeProcess, runIpcChild } = require('./lib/fake-client');
const { prepareRealN8n } = require('./lib/real-n8n');
const { renderTable, writeResults, median, fmt } = require('./lib/report');

const ROOT = path.resolve(__dirname, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 800) * 1000;
const started = Date.now();

const CONFIG = QUICK
	? { loadRuns: 3, sizes: [100, 300], smallRuns: 3, bigRuns: 2, warmup: 30, returnAll: [200, 500, 1000], returnAllRuns: 2, real: { count: 100, rounds: 2, executions: 1, padding: 255 } }
	: { loadRuns: 7, sizes: [1000, 10000], smallRuns: 3, bigRuns: 3, warmup: 50, returnAll: [1000, 10000, 50000], returnAllRuns: 3, real: { count: 300, rounds: 5, executions: 3, padding: 255 } };

const OUT = QUICK ? path.join(__dirname, '.tmp/RESULTS.quick.md') : path.join(__dirname, 'RESULTS.md');

function log(message) {
	const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
	process.stderr.write(`[bench ${s}s] ${message}\n`);
}


function version(name, from = ROOT) {
	try {
		return require(require.resolve(`${name}/package.json`, { paths: [from] })).version;
	} catch {
		return 'n/a';
	}
}

/** The pinned n8n of the end-to-end tier (same version and install), for its HTTP Request node. */
async function pinnedN8nDir() {
	try {
		log('finding the pinned n8n (scripts/ensure-n8n.sh; installs it on first use)');
		const { dir } = await n8n.ensureN8n();
		require.resolve(path.join(dir, 'node_modules/n8n-nodes-base/dist/nodes/HttpRequest/HttpRequest.node.js'));
		return dir;
	} catch (error) {
		log(`no pinned n8n, the HTTP Request rows are left out: ${error.message}`);
		return undefined;
	}
}

/** Runs a script in a fresh process and returns its one JSON line. */
function runJsonChild(script, args, nodeArgs = []) {
	const out = execFileSync(process.execPath, [...nodeArgs, path.join(__dirname, 'lib', script), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 1 << 20,
	});
	return JSON.parse(out.trim().split('\n').pop());
}

// ---------------------------------------------------------------------------------------

async function loadSection() {
	log(`node load: ${CONFIG.loadRuns} fresh processes per package`);
	const runs = { this: [], other: [] };
	for (let i = 0; i < CONFIG.loadRuns; i++) {
		// alternate the order, so that neither package always loads first (cold caches) or second
		for (const which of i % 2 ? ['other', 'this'] : ['this', 'other']) {
			runs[which].push(runJsonChild('load-child.js', [which], ['--expose-gc']));
		}
	}
	const summary = (list) => ({ ms: median(list.map((r) => r.ms)), heapBytes: median(list.map((r) => r.heapBytes)) });
	return { this: summary(runs.this), other: summary(runs.other), runs: CONFIG.loadRuns };
}

function describeSection() {
	log('description size (n8n-core PackageDirectoryLoader, as the editor gets it)');
	return { this: runJsonChild('describe-child.js', ['this']), other: runJsonChild('describe-child.js', ['other']) };
}

async function returnAllSection(fake) {
	const results = [];
	for (const count of CONFIG.returnAll) {
		await fake.reset();
		await fake.seedContacts(count);
		const runs = { this: [], plain: [] };
		for (let i = 0; i < CONFIG.returnAllRuns; i++) {
			for (const kind of ['this', 'plain']) {
				log(`Return All, ${fmt(count)} contacts: ${kind === 'this' ? 'this node' : 'plain http loop'}, run ${i + 1}/${CONFIG.returnAllRuns}`);
				const done = await runIpcChild('return-all-child.js', { kind, count, fake: { url: fake.url, tokens: fake.tokens } }, { reset: async () => {} }, ['--expose-gc']);
				if (done.failed || done.runError || done.items !== count) {
					throw new Error(`Return All (${kind}, ${count}) failed: ${done.failed ?? done.runError ?? `${done.items} items`}`);
				}
				runs[kind].push(done);
			}
		}
		const pick = (list, key) => median(list.map((r) => r[key]));
		results.push({
			count,
			pages: Math.floor(count / 15) + 1,
			thisMs: pick(runs.this, 'ms'),
			plainMs: pick(runs.plain, 'ms'),
			peakHeapBytes: pick(runs.this, 'peakHeapBytes'),
			peakRssBytes: pick(runs.this, 'peakRssBytes'),
			plainPeakHeapBytes: pick(runs.plain, 'peakHeapBytes'),
		});
	}
	await fake.reset();
	return { results, runs: CONFIG.returnAllRuns };
}

/**
 * This package built at an earlier revision (a temporary git worktree sharing node_modules):
 * { label, dist, properties }.
 */
function buildAt(revision) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-bench-before-'));
	const label = execFileSync('git', ['rev-parse', '--short', revision], { cwd: ROOT, encoding: 'utf8' }).trim();
	log(`building this package at ${label} for the before/after row`);
	execFileSync('git', ['worktree', 'add', '--detach', dir, revision], { cwd: ROOT, stdio: 'ignore' });
	process.on('exit', () => {
		try {
			execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
		} catch {
			// already gone
		}
	});
	fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	execFileSync(process.execPath, ['scripts/build.js'], { cwd: dir, stdio: 'ignore' });
	const { ChatWoot } = require(path.join(dir, 'dist/nodes/ChatWoot/ChatWoot.node.js'));
	// + 1: the Request Options n8n's loader adds, as counted for today's node
	return { label, dist: path.join(dir, 'dist'), properties: new ChatWoot().description.properties.length + 1 };
}

/**
 * The real-n8n row (bench/lib/real-n8n.js): this node, the same node padded with synthetic
 * properties, and the HTTP Request node, taking turns within each `n8n execute`.
 */
async function realN8nSection(fake) {
	const { count, rounds, executions, padding } = CONFIG.real;
	const before = process.env.BENCH_BEFORE ? buildAt(process.env.BENCH_BEFORE) : undefined;
	const real = await prepareRealN8n({ fake, count, rounds, padding, before, log });
	const runs = [];
	try {
		for (let i = 0; i < executions; i++) {
			log(`real n8n ${real.version}, ${fmt(count)} items, ${rounds} rounds of ${real.list.map((c) => c.id).join(', ')}: execution ${i + 1}/${executions}`);
			const run = await real.run();
			runs.push(run);
			const shown = real.list.map((c) => `${c.id} ${run.times[c.id].map((ms) => fmt(ms)).join('/')} ms`).join('; ');
			log(`  ${shown}${run.problems.length ? `; PROBLEMS: ${run.problems.join('; ')}` : ''}`);
		}
	} finally {
		real.close();
	}
	const all = (id) => runs.flatMap((run) => run.times[id]);
	// per round: one contender's time against another's, measured in the same round
	const perRound = (a, b, f = (x, y) => x / y) => runs.flatMap((run) => (run.times[a] ?? []).map((ms, i) => (run.times[b]?.[i] === undefined ? undefined : f(ms, run.times[b][i])))).filter((x) => x !== undefined);
	const contenders = Object.fromEntries(real.list.map((c) => [c.id, { label: c.label, ms: median(all(c.id)), rounds: all(c.id).length }]));
	return {
		version: real.version,
		count,
		rounds,
		executions,
		padding,
		contenders,
		thisToHttp: median(perRound('this', 'http')),
		beforeToHttp: before ? median(perRound('before', 'http')) : undefined,
		thisToBefore: before ? median(perRound('this', 'before')) : undefined,
		before: before && { label: before.label, properties: before.properties },
		paddedToHttp: median(perRound('padded', 'http')),
		paddedToThis: median(perRound('padded', 'this')),
		// µs per item that one more top-level property costs
		perPropertyUs: median(perRound('padded', 'this', (padded, self) => ((padded - self) * 1000) / count / padding)),
		problems: [...new Set(runs.flatMap((run) => run.problems))],
		runs,
	};
}

const ROWS = [
	{ id: 'this-expr', kind: 'this', expressions: true, label: 'this node, ID, name and email from `{{ $json... }}`' },
	{ id: 'other-expr', kind: 'other', expressions: true, label: '@devlikeapro/n8n-nodes-chatwoot, same expressions' },
	{ id: 'http-expr', kind: 'http', expressions: true, label: 'HTTP Request node, URL and JSON body from expressions' },
	{ id: 'this-static', kind: 'this', expressions: false, label: 'this node, every field static' },
	{ id: 'plain', kind: 'plain', expressions: false, label: 'plain Node `http` loop, keep-alive, 32 in flight (ceiling)' },
];

async function throughputRun(row, count, fake, n8nDir) {
	const job = { kind: row.kind, expressions: row.expressions, count, warmup: CONFIG.warmup, fake: { url: fake.url, tokens: fake.tokens }, n8nDir };
	await fake.reset();
	const started = Date.now();
	const done = await runIpcChild('throughput-child.js', job, fake);
	const wall = Date.now() - started;
	if (done.failed) throw new Error(`${row.id} (${count} items): ${done.failed}`);
	const stats = await fake.stats();
	const ok = stats.statuses['200'] ?? 0;
	const problems = [];
	if (done.runError) problems.push(`run stopped: ${done.runError}`);
	if (done.errors) problems.push(`${done.errors} items failed`);
	if (done.items !== count) problems.push(`${done.items} items out`);
	if (stats.rejected) problems.push(`${stats.rejected} requests failed the spec check (${stats.firstRejection})`);
	if (ok !== count) problems.push(`${ok} of ${count} requests answered 200`);
	return { ms: done.ms, wall, evaluations: done.evaluations, problems };
}

async function throughputSection(fake, n8nDir, deadline) {
	const rows = ROWS.filter((row) => row.kind !== 'http' || n8nDir);
	const results = Object.fromEntries(rows.map((row) => [row.id, {}]));
	const [small, big] = CONFIG.sizes;

	const runSize = async (count, runsPerRow) => {
		const maxRuns = Math.max(...Object.values(runsPerRow));
		for (let round = 0; round < maxRuns; round++) {
			// round-robin, so that a busy spell on the machine hits every row alike
			for (const row of rows) {
				if (round >= runsPerRow[row.id]) continue;
				log(`throughput, ${fmt(count)} items: ${row.id}, run ${round + 1}/${runsPerRow[row.id]}`);
				const run = { ...(await throughputRun(row, count, fake, n8nDir)), round };
				const entry = (results[row.id][count] ??= { runs: [] });
				entry.runs.push(run);
				log(`  ${fmt(run.ms)} ms, ${fmt((count / run.ms) * 1000)} items/s${run.problems.length ? `; PROBLEMS: ${run.problems.join('; ')}` : ''}`);
			}
		}
	};

	await runSize(small, Object.fromEntries(rows.map((row) => [row.id, CONFIG.smallRuns])));

	// The big size: as many runs as fit the time budget (at most bigRuns). A run starts only
	// if its projected time (per-item time of the small size × size × 1.15 + its fixed cost;
	// after a first big run, that run's time) ends before the deadline. One run of every row
	// before a second of any; the ceiling and the expression rows first, the static row last.
	const projected = {};
	for (const row of rows) {
		const runs = results[row.id][small].runs;
		const perItem = median(runs.map((r) => r.ms)) / small;
		const fixed = median(runs.map((r) => r.wall - r.ms));
		projected[row.id] = perItem * big * 1.15 + fixed;
	}
	const order = ['plain', 'http-expr', 'this-expr', 'other-expr', 'this-static'].filter((id) => results[id]);
	log(`throughput, ${fmt(big)} items: projected ${order.map((id) => `${id} ${fmt(projected[id] / 1000)} s`).join(', ')}; ${fmt((deadline - Date.now()) / 1000)} s left in the budget`);
	const skipped = {};
	for (let round = 1; round <= CONFIG.bigRuns; round++) {
		for (const id of order) {
			const done = results[id][big]?.runs.length ?? 0;
			if (done < round - 1 || skipped[id]) continue;
			if (Date.now() + projected[id] > deadline) {
				if (round === 1) skipped[id] = projected[id];
				continue;
			}
			const row = rows.find((r) => r.id === id);
			log(`throughput, ${fmt(big)} items: ${id}, run ${round}`);
			const run = { ...(await throughputRun(row, big, fake, n8nDir)), round: round - 1 };
			(results[id][big] ??= { runs: [] }).runs.push(run);
			projected[id] = run.wall;
			log(`  ${fmt(run.ms)} ms, ${fmt((big / run.ms) * 1000)} items/s${run.problems.length ? `; PROBLEMS: ${run.problems.join('; ')}` : ''}`);
		}
	}
	for (const [id, ms] of Object.entries(skipped)) {
		results[id][big] = { runs: [], skipped: ms };
		log(`throughput, ${fmt(big)} items: ${id} not run (projected ${fmt(ms / 1000)} s, past the time budget)`);
	}

	for (const row of rows) {
		for (const count of CONFIG.sizes) {
			const entry = results[row.id][count];
			if (!entry.runs.length) continue;
			entry.ms = median(entry.runs.map((r) => r.ms));
			entry.perSecond = (count / entry.ms) * 1000;
			entry.evaluations = median(entry.runs.map((r) => r.evaluations ?? 0));
			entry.problems = [...new Set(entry.runs.flatMap((r) => r.problems))];
		}
	}
	return { rows, results };
}

// ---------------------------------------------------------------------------------------

function environment(n8nDir) {
	const cpus = os.cpus();
	return {
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		cpu: `${cpus[0]?.model?.trim() ?? 'unknown'} (${cpus.length} logical cores)`,
		load: os.loadavg().map((l) => l.toFixed(1)).join(' / '),
		node: process.version,
		n8nCore: version('n8n-core'),
		n8nWorkflow: version('n8n-workflow'),
		n8n: n8nDir ? version('n8n', n8nDir) : 'n/a',
		n8nNodesBase: n8nDir ? version('n8n-nodes-base', n8nDir) : 'n/a',
		other: version('@devlikeapro/n8n-nodes-chatwoot'),
		self: require(path.join(ROOT, 'package.json')).version,
	};
}

async function main() {
	if (!fs.existsSync(path.join(ROOT, 'dist/nodes/ChatWoot/ChatWoot.node.js'))) {
		throw new Error('dist/ is missing: run `npm run bench` (it builds first)');
	}
	const deadline = started + BUDGET_MS - 20_000;
	const n8nDir = await pinnedN8nDir();
	const env = environment(n8nDir);
	log(`${env.cpu}, Node ${env.node}, n8n-core ${env.n8nCore}, HTTP Request node from n8n ${env.n8n}`);
	const load = await loadSection();
	const description = describeSection();
	const fake = await startFakeProcess();
	try {
		const returnAll = await returnAllSection(fake);
		// before the 10,000-item rows, which take what is left of the time budget; its own time
		// (about three minutes) comes on top of the budget
		const realStarted = Date.now();
		const realN8n = n8nDir ? await realN8nSection(fake) : undefined;
		const throughput = await throughputSection(fake, n8nDir, deadline + (Date.now() - realStarted));
		env.loadAtEnd = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
		const data = { env, load, description, realN8n, throughput: { rows: throughput.rows, results: throughput.results }, returnAll };
		const table = renderTable({ env, load, description, realN8n, throughput, returnAll, sizes: CONFIG.sizes });
		process.stdout.write(`${table}\n`);
		writeResults(table, data, { out: OUT, seconds: (Date.now() - started) / 1000, quick: QUICK, log });
	} finally {
		fake.close();
	}
	log(`done in ${fmt((Date.now() - started) / 1000)} s`);
}

main().catch((error) => {
	log(`FAILED: ${error.stack || error}`);
	process.exit(1);
});
