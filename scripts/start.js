#!/usr/bin/env node
'use strict';
/**
 * `npm start`: a local n8n with this package installed, ready to click through.
 *
 * The n8n folder is .n8n-local/ (gitignored); another N8N_VERSION gets its own
 * .n8n-local/n8n-<version>/, since a database migrated by one n8n major does not open in
 * another.
 *
 * Installs the development dependencies when missing (scripts/ensure-deps.js), builds the
 * package, makes sure the pinned n8n is installed (scripts/ensure-n8n.sh),
 * starts the fake Chatwoot with demo data, installs the packed package into the persistent
 * n8n folder .n8n-local/ (reinstalled on every start so it is current), imports the
 * credential "ChatWoot (demo)" and the workflow "Update a Chatwoot user", starts n8n,
 * creates the owner account and prints where to sign in. Ctrl-C stops everything.
 *
 * Environment:
 *   N8N_PORT            n8n's port (default 5678; a free one if taken)
 *   N8N_VERSION         n8n version (default 2.40.7)
 *   FAKE_CHATWOOT_PORT  the fake Chatwoot's port (default 3300; a free one if taken)
 *   CHATWOOT_URL, CHATWOOT_TOKEN
 *                       use this Chatwoot instead of the fake
 *   CHATWOOT_TOKEN_KIND user | agentBot | platformApp (default platformApp)
 *   CHATWOOT_ACCOUNT_ID default account of the credential (default 1)
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { ensureDependencies } = require('./ensure-deps');
const n8n = require('./lib/n8n');

const LOCAL_DIR = path.join(n8n.ROOT, '.n8n-local');
const userFolderFor = (version) => (version === n8n.DEFAULT_N8N_VERSION ? LOCAL_DIR : path.join(LOCAL_DIR, `n8n-${version}`));
const OWNER = { email: 'demo@example.com', firstName: 'Demo', lastName: 'User', password: 'Demo-pass1!' };
const CREDENTIAL_ID = n8n.n8nId('demo-credential');
const CREDENTIAL_NAME = 'ChatWoot (demo)';
const WORKFLOW_ID = n8n.n8nId('demo-workflow-update-user');
const WORKFLOW_NAME = 'Update a Chatwoot user';
const TOKEN_KINDS = ['user', 'agentBot', 'platformApp'];
// The fake's demo tokens (fixtures, not secrets; printed so other credentials can be made).
const DEMO_TOKENS = { platform: 'platform-token', user: 'user-token', bot: 'bot-token' };

const started = Date.now();
function step(message) {
	process.stderr.write(`[start ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

// ---------------------------------------------------------------------------------------
// Stopping: Ctrl-C (SIGINT) or SIGTERM at any point stops what has been started so far.

const stoppers = [];
let stopping = null;
function stopAll() {
	if (!stopping) {
		stopping = (async () => {
			for (const stop of stoppers.reverse()) {
				try {
					await stop();
				} catch (error) {
					step(`while stopping: ${error.message}`);
				}
			}
			// Whatever was still starting or running (a build, an import, n8n booting).
			await n8n.stopAllProcesses();
		})();
	}
	return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, async () => {
		if (stopping) return; // a second Ctrl-C while stopping: let it finish
		process.stderr.write('\n');
		step(`${signal}: stopping n8n and the fake Chatwoot`);
		await stopAll();
		step('stopped');
		process.exit(0);
	});
}

// ---------------------------------------------------------------------------------------

function chatwootTarget() {
	const url = process.env.CHATWOOT_URL;
	const token = process.env.CHATWOOT_TOKEN;
	if (!url && !token) return undefined;
	if (!url || !token) throw new Error('Set both CHATWOOT_URL and CHATWOOT_TOKEN (or neither, for the fake Chatwoot).');
	const kind = process.env.CHATWOOT_TOKEN_KIND || 'platformApp';
	if (!TOKEN_KINDS.includes(kind)) throw new Error(`CHATWOOT_TOKEN_KIND must be one of ${TOKEN_KINDS.join(', ')}, not "${kind}".`);
	const accountId = Number(process.env.CHATWOOT_ACCOUNT_ID || 1);
	if (!Number.isInteger(accountId) || accountId < 1) throw new Error('CHATWOOT_ACCOUNT_ID must be a positive integer.');
	return { url, token, kind, accountId };
}

/** The fake on FAKE_CHATWOOT_PORT (default 3300), or on a free port if that one is taken. */
async function startFake() {
	const { startFakeChatwoot } = require('../dev/fake-chatwoot');
	const preferred = Number(process.env.FAKE_CHATWOOT_PORT || 3300);
	try {
		return await startFakeChatwoot({ port: preferred, tokens: DEMO_TOKENS, seed: true });
	} catch (error) {
		if (error.code !== 'EADDRINUSE') throw error;
		step(`port ${preferred} is taken; the fake Chatwoot takes a free one`);
		return startFakeChatwoot({ port: 0, tokens: DEMO_TOKENS, seed: true });
	}
}

function exampleWorkflow() {
	return {
		id: WORKFLOW_ID,
		name: WORKFLOW_NAME,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: '3f0c9a52-5b1e-4a57-9d39-5d2f4e0c1a01',
				name: "When clicking 'Execute workflow'",
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '3f0c9a52-5b1e-4a57-9d39-5d2f4e0c1a02',
				name: 'Update User',
				type: `${n8n.PACKAGE_NAME}.chatWoot`,
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'platformUser',
					operation: 'update',
					userId: 1,
					platformUserUpdateFields: { email: 'alice.new@example.com' },
				},
				credentials: { chatWootApi: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME } },
			},
		],
		connections: {
			"When clicking 'Execute workflow'": { main: [[{ node: 'Update User', type: 'main', index: 0 }]] },
		},
		pinData: {},
	};
}

/**
 * Imports the example workflow the first time, and again only when this script's version
 * of it changed: edits made in the editor survive restarts.
 */
async function importExampleWorkflow(ctx) {
	const workflow = exampleWorkflow();
	const hash = crypto.createHash('sha256').update(JSON.stringify(workflow)).digest('hex');
	const marker = path.join(ctx.userFolder, '.example-workflow.sha256');
	const previous = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : '';
	if (previous === hash) {
		step(`workflow "${WORKFLOW_NAME}" already imported`);
		return;
	}
	step(`importing the workflow "${WORKFLOW_NAME}"`);
	await n8n.importWorkflows(ctx, [workflow]);
	fs.writeFileSync(marker, `${hash}\n`);
}

/** Signs in and confirms the owner sees the workflow and the credential. */
async function verifyImports(baseUrl) {
	const session = await n8n.signIn(baseUrl, OWNER.email, OWNER.password);
	const workflows = await n8n.restCall(baseUrl, 'GET', '/rest/workflows', undefined, session);
	const credentials = await n8n.restCall(baseUrl, 'GET', '/rest/credentials', undefined, session);
	const hasWorkflow = (workflows.json?.data || []).some((w) => w.id === WORKFLOW_ID);
	const hasCredential = (credentials.json?.data || []).some((c) => c.id === CREDENTIAL_ID);
	if (!hasWorkflow || !hasCredential) {
		throw new Error(`signed in, but ${!hasWorkflow ? `the workflow "${WORKFLOW_NAME}"` : `the credential "${CREDENTIAL_NAME}"`} is not listed`);
	}
}

async function main() {
	const target = chatwootTarget(); // fail on bad settings before anything slow

	ensureDependencies(); // a fresh clone has none yet
	step('building the package');
	await n8n.buildPackage();

	const version = process.env.N8N_VERSION || n8n.DEFAULT_N8N_VERSION;
	step(`checking the n8n ${version} install (the first time takes several minutes)`);
	const install = await n8n.ensureN8n({ version });

	let chatwoot;
	if (target) {
		chatwoot = { ...target, fake: false };
		step(`using the Chatwoot at ${target.url} (token kind ${target.kind})`);
	} else {
		const fake = await startFake();
		stoppers.push(() => fake.close());
		chatwoot = { url: fake.url, token: DEMO_TOKENS.platform, kind: 'platformApp', accountId: 1, fake: true };
		step(`fake Chatwoot with demo data on ${fake.url}`);
	}

	const userFolder = n8n.createUserFolder({ dir: userFolderFor(version) });
	step(`installing the packed package into ${path.relative(n8n.ROOT, userFolder)}/.n8n/nodes`);
	await n8n.buildPackAndInstall(userFolder, { build: false });

	const ctx = n8n.createN8nContext({ install, userFolder });
	// Every start: the fake's port or the target may have changed since last time.
	step(`importing the credential "${CREDENTIAL_NAME}"`);
	await n8n.importCredentials(ctx, [
		{
			id: CREDENTIAL_ID,
			name: CREDENTIAL_NAME,
			type: 'chatWootApi',
			data: { url: chatwoot.url, accessToken: chatwoot.token, kind: chatwoot.kind, accountId: chatwoot.accountId },
		},
	]);
	await importExampleWorkflow(ctx);

	const preferredPort = Number(process.env.N8N_PORT || 5678);
	const port = await n8n.pickPort(preferredPort);
	if (port !== preferredPort) step(`port ${preferredPort} is taken; n8n takes ${port}`);
	const logFile = path.join(userFolder, 'n8n.log');
	step(`starting n8n on port ${port} (log: ${path.relative(n8n.ROOT, logFile)})`);
	const server = await n8n.startN8n(ctx, { port, logFile });
	stoppers.push(() => server.stop());

	const owner = await n8n.setupOwner(server.url, OWNER);
	step(owner === 'created' ? `owner account ${OWNER.email} created` : 'owner account already set up');
	try {
		await verifyImports(server.url);
	} catch (error) {
		step(`note: could not confirm the imports through the REST API (${error.message})`);
	}

	const lines = [
		'',
		'n8n is ready.',
		'',
		`  Editor:    ${server.url}/`,
		`  Workflow:  ${server.url}/workflow/${WORKFLOW_ID}  ("${WORKFLOW_NAME}")`,
		`  Sign in:   ${OWNER.email}`,
		`  Password:  ${OWNER.password}${owner === 'exists' ? '  (unless you changed it)' : ''}`,
		'',
		chatwoot.fake
			? `  Chatwoot:  fake server ${chatwoot.url}  (tokens: platform "${DEMO_TOKENS.platform}", user "${DEMO_TOKENS.user}", agent bot "${DEMO_TOKENS.bot}")`
			: `  Chatwoot:  ${chatwoot.url}  (token kind ${chatwoot.kind}; the example workflow changes user 1's email there when you run it)`,
		`  n8n log:   ${logFile}`,
		'',
		'Press Ctrl-C to stop.',
		'',
	];
	console.log(lines.join('\n'));

	// Runs until Ctrl-C; if n8n dies on its own, say so and stop the rest.
	const exit = await new Promise((resolve) => server.child.once('exit', (code, signal) => resolve({ code, signal })));
	if (!stopping) {
		step(`n8n exited on its own (${exit.code ?? exit.signal}); see ${logFile}`);
		await stopAll();
		process.exit(1);
	}
}

main().catch(async (error) => {
	if (stopping) return; // Ctrl-C cut a step short: expected, the signal handler exits
	const token = process.env.CHATWOOT_TOKEN;
	const message = token ? String(error.message).replaceAll(token, '<token>') : error.message;
	console.error(`npm start failed: ${message}`);
	await stopAll();
	process.exit(1);
});
