'use strict';
/**
 * The bench's report: the markdown table of one run (README.md gets it between the bench
 * markers) and bench/RESULTS.md (the table, bench/NOTES.md and the raw figures).
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 0) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const mb = (bytes) => `${fmt(bytes / 1048576, 1)} MB`;
const kb = (bytes) => `${fmt(bytes / 1024, 1)} KB`;
const ratio = (a, b) => (a === undefined || b === undefined || !b ? 'n/a' : `${fmt(a / b, 2)}`);

/**
 * items/s of row `a` ÷ items/s of row `b` at `count`, as the median of the ratios of runs
 * made in the same round (next to each other in time, so a busy spell affects both).
 */
function pairedRatio(results, a, b, count) {
	const runsA = results[a]?.[count]?.runs ?? [];
	const runsB = results[b]?.[count]?.runs ?? [];
	const ratios = [];
	for (const runA of runsA) {
		const runB = runsB.find((r) => r.round === runA.round);
		if (runB) ratios.push(runB.ms / runA.ms);
	}
	return ratios.length ? median(ratios) : undefined;
}

function renderTable({ env, load, description, realN8n, throughput, returnAll, sizes }) {
	const lines = [];
	const push = (...l) => lines.push(...l);
	push(
		`Measured ${env.date} on ${env.cpu}, load average at start ${env.load}, at end ${env.loadAtEnd} (other work on the machine makes runs noisy); Node ${env.node}; engine: n8n-core ${env.n8nCore}, n8n-workflow ${env.n8nWorkflow}; HTTP Request node from n8n ${env.n8n} (n8n-nodes-base ${env.n8nNodesBase}); this package ${env.self}, @devlikeapro/n8n-nodes-chatwoot ${env.other}.`,
		'',
	);

	push(
		`**Node load** (\`require\` of the built node and credential, and one instance of each, in a fresh process; median of ${load.runs})`,
		'',
		'| package | time | heap retained |',
		'| --- | ---: | ---: |',
		`| this package | ${fmt(load.this.ms)} ms | ${mb(load.this.heapBytes)} |`,
		`| @devlikeapro/n8n-nodes-chatwoot | ${fmt(load.other.ms)} ms | ${mb(load.other.heapBytes)} |`,
		`| ratio this / other | ${ratio(load.this.ms, load.other.ms)} | ${ratio(load.this.heapBytes, load.other.heapBytes)} |`,
		'',
	);

	const d = description;
	push(
		'**Description size** (the action node as n8n-core\'s loader hands it to the editor, JSON; the same every run)',
		'',
		'| package | operations | top-level properties | bytes | gzip | bytes per operation | gzip per operation |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		`| this package | ${d.this.operations} | ${d.this.properties} | ${kb(d.this.bytes)} | ${kb(d.this.gzipBytes)} | ${fmt(d.this.bytes / d.this.operations)} B | ${fmt(d.this.gzipBytes / d.this.operations)} B |`,
		`| @devlikeapro/n8n-nodes-chatwoot | ${d.other.operations} | ${d.other.properties} | ${kb(d.other.bytes)} | ${kb(d.other.gzipBytes)} | ${fmt(d.other.bytes / d.other.operations)} B | ${fmt(d.other.gzipBytes / d.other.operations)} B |`,
		`| ratio this / other | ${ratio(d.this.operations, d.other.operations)} | ${ratio(d.this.properties, d.other.properties)} | ${ratio(d.this.bytes, d.other.bytes)} | ${ratio(d.this.gzipBytes, d.other.gzipBytes)} | ${ratio(d.this.bytes / d.this.operations, d.other.bytes / d.other.operations)} | ${ratio(d.this.gzipBytes / d.this.operations, d.other.gzipBytes / d.other.operations)} |`,
		'',
	);

	if (realN8n) {
		const r = realN8n;
		const c = r.contenders;
		const row = (id, properties, toHttp) =>
			`| ${c[id].label} | ${properties} | ${fmt(c[id].ms)} ms | ${fmt((r.count / c[id].ms) * 1000)}/s | ${toHttp} | ${c[id].rounds} |`;
		const percentPer = (properties) => fmt((r.perPropertyUs * properties * r.count) / 10 / c.this.ms, 1);
		push(
			`**Real n8n** (n8n ${r.version}, \`n8n execute\`, this package installed from its \`npm pack\` tarball): Platform User > Update with ID, name and email from \`{{ $json... }}\`, ${fmt(r.count)} items, against the HTTP Request node sending the same request, all in one workflow, taking turns (${r.rounds} rounds in each of ${r.executions} executions, after a warm-up round); n8n's own node execution time (\`runData.<node>[0].executionTime\`), median of all rounds; ratios are medians of the ratios within a round${r.problems.length ? ` (**${r.problems.join('; ')}**)` : ''}`,
			'',
			'| workflow | top-level properties | time | items/s | time ÷ HTTP Request node | rounds |',
			'| --- | ---: | ---: | ---: | ---: | ---: |',
			row('this', description.this.properties, fmt(r.thisToHttp, 2)),
			...(r.before ? [row('before', r.before.properties, fmt(r.beforeToHttp, 2))] : []),
			row('padded', description.this.properties + r.padding, fmt(r.paddedToHttp, 2)),
			row('http', '-', '1.00'),
			'',
			...(r.before
				? [
						`Before and after: this node ÷ this node at ${r.before.label} ${fmt(r.thisToBefore, 2)} (median of the ratios within a round; ${r.before.properties} → ${description.this.properties} top-level properties, taking turns in the same rounds).`,
						'',
					]
				: []),
			`Growth: the padded node ÷ this node ${fmt(r.paddedToThis, 2)} (median of the rounds): one more top-level property costs ${fmt(r.perPropertyUs, 2)} µs per item, ${percentPer(100)} % of this node's time per 100 properties. (Top-level properties as n8n loads the node, with the Request Options it adds; padding: bench/lib/padding.js, never shipped.)`,
			'',
		);
	}

	const [small, big] = sizes;
	const t = throughput.results;
	const runsOf = (entry) => entry.runs.length;
	push(
		`**Throughput**: Platform User > Update through n8n-core's engine against the fake Chatwoot (separate process), every row sending the same \`PUT /platform/api/v1/users/1\` body (name, email, password, custom attributes); items/s, median of the runs shown; "× ceiling" = items/s ÷ the plain loop's items/s, median of the ratios of runs made next to each other`,
		'',
		`| workflow | ${fmt(small)} items | × ceiling | ${fmt(big)} items | × ceiling | runs | expressions evaluated per item |`,
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
	);
	const notes = [];
	for (const row of throughput.rows) {
		const s = t[row.id][small];
		const b = t[row.id][big];
		const problems = [...(s.problems ?? []), ...(b.problems ?? [])];
		const toCeiling = (count) => fmt(pairedRatio(t, row.id, 'plain', count), 2);
		let bigCells = `${fmt(b.perSecond)}/s | ${toCeiling(big)}`;
		if (b.skipped !== undefined) {
			notes.push(`not run: one ${fmt(big)}-item run of "${row.label}" was projected at ${fmt(b.skipped / 1000)} s, past the time budget (BENCH_BUDGET_S) on this machine at this time`);
			bigCells = `not run (${notes.length}) | n/a`;
		}
		push(
			`| ${row.label}${problems.length ? ` (**${problems.join('; ')}**)` : ''} | ${fmt(s.perSecond)}/s | ${toCeiling(small)} | ${bigCells} | ${runsOf(s)} + ${runsOf(b)} | ${row.kind === 'plain' ? '-' : fmt(s.evaluations, 0)} |`,
		);
	}
	push('', ...notes.map((note, i) => `(${i + 1}) ${note}.`), ...(notes.length ? [''] : []));
	const compare = (a, b) => sizes.map((count) => fmt(pairedRatio(t, a, b, count), 2)).join(' | ');
	push(
		'Ratios of items/s, this node ÷ the other workflow (runs made next to each other; above 1 = this node is faster):',
		'',
		`| this node, expressions ÷ | ${sizes.map((c) => `${fmt(c)} items`).join(' | ')} |`,
		`| --- | ${sizes.map(() => '---:').join(' | ')} |`,
		`| @devlikeapro/n8n-nodes-chatwoot, expressions | ${compare('this-expr', 'other-expr')} |`,
		...(t['http-expr'] ? [`| HTTP Request node, expressions | ${compare('this-expr', 'http-expr')} |`] : []),
		`| this node, static | ${compare('this-expr', 'this-static')} |`,
		'',
	);

	push(
		`**Return All**: Contact > Get Many, Return All on, 15 contacts a page (median of ${returnAll.runs}); peak heap is above a collected heap before the run and includes the output items`,
		'',
		'| contacts | pages | this node | per 1,000 contacts | plain `http` page loop | this node / plain loop | peak heap | peak RSS |',
		'| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	);
	for (const r of returnAll.results) {
		push(
			`| ${fmt(r.count)} | ${fmt(r.pages)} | ${fmt(r.thisMs)} ms | ${fmt((r.thisMs / r.count) * 1000)} ms | ${fmt(r.plainMs)} ms | ${ratio(r.thisMs, r.plainMs)} | ${mb(r.peakHeapBytes)} | ${mb(r.peakRssBytes)} |`,
		);
	}
	return lines.join('\n');
}

function writeResults(table, data, { out, seconds, quick, log }) {
	const notesFile = path.join(__dirname, '..', 'NOTES.md');
	const notes = fs.existsSync(notesFile) ? fs.readFileSync(notesFile, 'utf8') : '';
	const text = [
		'# Benchmark results',
		'',
		`Written by \`npm run bench\` (bench/run.js) in ${fmt(seconds)} s; do not edit by hand: the explanations below come from bench/NOTES.md.`,
		'',
		'<!-- table:start -->',
		table,
		'<!-- table:end -->',
		'',
		notes.trim(),
		'',
		'<details><summary>Raw figures (JSON)</summary>',
		'',
		'```json',
		JSON.stringify(data, null, 1),
		'```',
		'',
		'</details>',
		'',
	].join('\n');
	fs.mkdirSync(path.dirname(out), { recursive: true });
	fs.writeFileSync(out, text);
	log(`wrote ${path.relative(ROOT, out)}`);
	if (quick) return;
	const readme = path.join(ROOT, 'README.md');
	const current = fs.readFileSync(readme, 'utf8');
	const start = '<!-- bench:start -->';
	const end = '<!-- bench:end -->';
	if (current.includes(start) && current.includes(end)) {
		const before = current.slice(0, current.indexOf(start) + start.length);
		const after = current.slice(current.indexOf(end));
		fs.writeFileSync(readme, `${before}\n${table}\n${after}`);
		log('updated the table in README.md');
	} else {
		log('README.md has no bench markers; table not copied there');
	}
}

module.exports = { renderTable, writeResults, median, fmt };
