'use strict';
/**
 * The real-n8n row: Platform User > Update with ID, name and email from expressions, `count`
 * items, in the pinned n8n (`n8n execute`, the package installed from its tarball as users
 * install it), against n8n's HTTP Request node sending the same request in the same run.
 *
 * One workflow: Manual Trigger → Items (Set, one item holding the list) → Split Out → one
 * branch per contender and round, all fed the same items. n8n runs the branches one after
 * the other (execution order v1, top to bottom), so within one execution the contenders
 * take turns: round 0 (a warm-up, not counted), then `rounds` measured rounds, the order
 * rotating each round so that no contender always runs first. n8n's own time for each node
 * (`runData.<node>[0].executionTime`) is the figure; ratios are taken within a round.
 *
 * The padded contender (bench/lib/padding.js) is this node with N synthetic properties, from
 * n8n's custom-extensions folder: what more properties cost per item, now.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const n8n = require('../../scripts/lib/n8n');
const { paddedNodeSource } = require('./padding');
const { thisNodeParameters, thisNodeCredential, httpRequestParameters, httpHeaderCredential, HTTP_REQUEST_VERSION } = require('./variants');

const CREDENTIALS = {
	chatwoot: { id: n8n.n8nId('bench-chatwoot'), name: 'ChatWoot bench (platform app)', type: 'chatWootApi' },
	header: { id: n8n.n8nId('bench-header'), name: 'Chatwoot bench (header auth)', type: 'httpHeaderAuth' },
};
const WORKFLOW_ID = n8n.n8nId('bench-real-n8n');

/** The contenders of the real-n8n row: node type, parameters, credential. */
function contenders(fake, padding, before) {
	const list = [
		{ id: 'this', label: 'this node', type: `${n8n.PACKAGE_NAME}.chatWoot`, typeVersion: 1, parameters: thisNodeParameters(true), credential: ['chatWootApi', CREDENTIALS.chatwoot] },
		{ id: 'http', label: 'HTTP Request node', type: 'n8n-nodes-base.httpRequest', typeVersion: HTTP_REQUEST_VERSION, parameters: httpRequestParameters(true, fake), credential: ['httpHeaderAuth', CREDENTIALS.header] },
	];
	if (before) {
		list.push({ id: 'before', label: `this node at ${before.label}`, type: 'CUSTOM.chatWootBefore', typeVersion: 1, parameters: thisNodeParameters(true), credential: ['chatWootApi', CREDENTIALS.chatwoot] });
	}
	if (padding > 0) {
		list.push({ id: 'padded', label: `this node + ${padding} padding properties`, type: 'CUSTOM.chatWootPadded', typeVersion: 1, parameters: thisNodeParameters(true), credential: ['chatWootApi', CREDENTIALS.chatwoot] });
	}
	return list;
}

const branchName = (contender, round) => `${contender.id} r${round}`;

function benchWorkflow({ count, rounds, list }) {
	const at = (x, y) => [x * 240, y * 120];
	const items = `={{ { items: Array.from({ length: ${count} }, (_, i) => ({ id: 1, name: 'Bench User ' + i, email: 'bench.user' + i + '@bench.test' })) } }}`;
	const nodes = [
		{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: at(0, 0), parameters: {} },
		{ id: 'items', name: 'Items', type: 'n8n-nodes-base.set', typeVersion: 3.4, position: at(1, 0), parameters: { mode: 'raw', jsonOutput: items, options: {} } },
		{ id: 'split', name: 'Split', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: at(2, 0), parameters: { fieldToSplitOut: 'items', options: {} } },
	];
	const branches = [];
	for (let round = 0; round <= rounds; round++) {
		for (let k = 0; k < list.length; k++) {
			const contender = list[(round + k) % list.length];
			const [credentialType, credential] = contender.credential;
			const name = branchName(contender, round);
			branches.push(name);
			nodes.push({
				id: `${contender.id}-${round}`,
				name,
				type: contender.type,
				typeVersion: contender.typeVersion,
				position: at(3, branches.length - 1),
				parameters: contender.parameters,
				credentials: { [credentialType]: { id: credential.id, name: credential.name } },
			});
		}
	}
	const connections = {
		Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
		Items: { main: [[{ node: 'Split', type: 'main', index: 0 }]] },
		Split: { main: [branches.map((node) => ({ node, type: 'main', index: 0 }))] },
	};
	return { id: WORKFLOW_ID, name: 'bench: real n8n', active: false, settings: { executionOrder: 'v1' }, nodes, connections, pinData: {} };
}

/**
 * Installs the package (and the padded node) into a fresh n8n user folder and imports the
 * credentials and the workflow. `env`: extra environment for n8n (e.g. NODE_OPTIONS with
 * --cpu-prof). Returns { run(), close() }.
 */
async function prepareRealN8n({ fake, count, rounds, padding, before, log, env = {} }) {
	const install = await n8n.ensureN8n();
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-bench-n8n-'));
	const close = () => fs.rmSync(tmp, { recursive: true, force: true });
	try {
		const userFolder = n8n.createUserFolder({ dir: path.join(tmp, 'user') });
		log(`real n8n ${install.version}: installing the packed package into ${userFolder}`);
		const installed = await n8n.buildPackAndInstall(userFolder, { build: false });
		const list = contenders(fake, padding, before);
		const custom = path.join(userFolder, '.n8n', 'custom');
		fs.mkdirSync(custom, { recursive: true });
		if (padding > 0) {
			const nodeFile = path.join(installed, 'dist/nodes/ChatWoot/ChatWoot.node.js');
			fs.writeFileSync(path.join(custom, 'ChatWootPadded.node.js'), paddedNodeSource(nodeFile, padding));
		}
		if (before) {
			// next to the installed package, so that n8n-workflow resolves as it does for the package
			const dist = path.join(installed, 'dist-before');
			fs.cpSync(before.dist, dist, { recursive: true });
			fs.writeFileSync(path.join(custom, 'ChatWootBefore.node.js'), renamedNodeSource(path.join(dist, 'nodes/ChatWoot/ChatWoot.node.js'), before.label));
		}
		const ctx = n8n.createN8nContext({ install, userFolder, env });
		await n8n.importCredentials(ctx, [
			{ ...CREDENTIALS.chatwoot, data: thisNodeCredential(fake) },
			{ ...CREDENTIALS.header, data: httpHeaderCredential(fake) },
		]);
		await n8n.importWorkflows(ctx, benchWorkflow({ count, rounds, list }));
		return {
			version: install.version,
			list,
			run: () => executeOnce(ctx, { fake, count, rounds, list }),
			close,
		};
	} catch (error) {
		close();
		throw error;
	}
}

/**
 * A node file for ~/.n8n/custom: the node of an earlier build (BENCH_BEFORE), as node type
 * CUSTOM.chatWootBefore, so that before and after take turns in the same rounds.
 */
function renamedNodeSource(nodeFile, label) {
	return `'use strict';
// Written by the bench (bench/lib/real-n8n.js): this node as built at ${label}.
const { ChatWoot } = require(${JSON.stringify(nodeFile)});

class ChatWootBefore extends ChatWoot {
	constructor() {
		super();
		this.description = { ...this.description, name: 'chatWootBefore', displayName: 'ChatWoot (bench, ${label})' };
	}
}

module.exports = { ChatWootBefore };
`;
}

/** One `n8n execute`: { times: { [contenderId]: [ms per round] }, problems: [] }. */
async function executeOnce(ctx, { fake, count, rounds, list }) {
	await fake.reset();
	const execution = await n8n.executeWorkflow(ctx, WORKFLOW_ID, { timeoutMs: 15 * 60_000 });
	const problems = [];
	if (!execution.ok) {
		const why = execution.error?.message ?? (execution.timedOut ? 'timed out' : `exit ${execution.code}`);
		problems.push(`execution failed: ${why}`);
	}
	const runData = execution.run?.data?.resultData?.runData ?? {};
	const times = Object.fromEntries(list.map((contender) => [contender.id, []]));
	for (let round = 1; round <= rounds; round++) {
		for (const contender of list) {
			const name = branchName(contender, round);
			const nodeRun = runData[name]?.[0];
			const out = nodeRun?.data?.main?.[0] ?? [];
			if (!nodeRun || nodeRun.error || out.length !== count || out.some((item) => item.json?.id !== 1)) {
				problems.push(`${name}: ${nodeRun?.error?.message ?? `${out.length} items out`}`);
				continue;
			}
			times[contender.id].push(nodeRun.executionTime);
		}
	}
	const stats = await fake.stats();
	const expected = count * (rounds + 1) * list.length;
	if (stats.rejected) problems.push(`${stats.rejected} requests failed the spec check (${stats.firstRejection})`);
	if ((stats.statuses['200'] ?? 0) !== expected) problems.push(`${stats.statuses['200'] ?? 0} of ${expected} requests answered 200`);
	return { times, problems, wallMs: execution.ms };
}

module.exports = { prepareRealN8n };
