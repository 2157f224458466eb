#!/usr/bin/env node
'use strict';
/**
 * Experiment behind a finding in bench/NOTES.md: how much of this node's per-item cost comes
 * from top-level properties of other resources that share a parameter name with the one in
 * use (20 properties are called `updateFields`; n8n-core's RoutingNode evaluates the node's
 * `updateFields` value, expressions and all, once for each of them, twice per item).
 *
 * Runs Platform User > Update with expressions on 1,000 items (override: argv[2]), alternating
 * the node as built and the same node with every property not shown for Platform User renamed
 * (in memory only), 3 runs each, fresh processes, against the fake in its own process.
 *   npm run build && node bench/experiments/unique-names.js [items]
 */
const { startFakeProcess, runIpcChild } = require('../lib/fake-client');

const COUNT = Number(process.argv[2] ?? 1000);
const RUNS = 3;

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
	const fake = await startFakeProcess();
	const results = { asBuilt: [], uniqueNames: [] };
	try {
		for (let run = 0; run < RUNS; run++) {
			for (const [name, uniqueNames] of [['asBuilt', false], ['uniqueNames', true]]) {
				await fake.reset();
				const done = await runIpcChild(
					'throughput-child.js',
					{ kind: 'this', expressions: true, uniqueNames, count: COUNT, warmup: 100, fake: { url: fake.url, tokens: fake.tokens } },
					fake,
				);
				if (done.failed || done.errors || done.runError) throw new Error(JSON.stringify(done));
				results[name].push(done);
				process.stderr.write(`${name} run ${run + 1}: ${Math.round(done.ms)} ms, ${done.evaluations} expression evaluations per item\n`);
			}
		}
	} finally {
		fake.close();
	}
	const summary = (runs) => ({
		itemsPerSecond: Math.round((COUNT / median(runs.map((r) => r.ms))) * 1000),
		evaluationsPerItem: median(runs.map((r) => r.evaluations)),
	});
	const asBuilt = summary(results.asBuilt);
	const unique = summary(results.uniqueNames);
	process.stdout.write(
		`${JSON.stringify({ items: COUNT, runs: RUNS, asBuilt, uniqueNames: unique, speedup: +(unique.itemsPerSecond / asBuilt.itemsPerSecond).toFixed(2) })}\n`,
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
