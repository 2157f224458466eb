#!/usr/bin/env node
'use strict';
/**
 * End-to-end tier (tier 3 of docs/CHATWOOT.md "Test tiers"): the `npm pack` tarball installed into a real n8n,
 * credentials and workflows imported with the n8n CLI, and what the fake Chatwoot received
 * and what n8n returned checked.
 *
 *   npm run test:e2e                      (builds first)
 *   E2E_KEEP=1 ...                        keep the temporary n8n folder for a look
 *   E2E_TIMEOUT_MS=...                    overall limit (default 10 min, not counting a
 *                                         first-time n8n install, which has its own)
 *
 * Two phases, sharing one user folder, one fake Chatwoot and one import of each kind:
 *  1. `n8n execute` (CLI), Platform App credential: platform.js.
 *  2. `n8n start` (the trigger workflow published first), then through the REST API as the
 *     editor uses it, User credential: trigger.js (webhook registration, signed deliveries,
 *     executions, deactivation), chain.js (five-node chain), newResources.js (one
 *     operation of each resource beyond the spec), tool.js (the AI tool variant:
 *     served, "Execute step", an AI Agent with a scripted OpenAI-compatible model),
 *     attachments.js (a file up to Chatwoot and downloaded back; SKIP without the option).
 * Last, no token may appear in any CLI output or in the server's log.
 *
 * Both phases run on n8n 2.40.7 (the pinned version) and on 1.123.81 (N8N_VERSION); the few
 * REST API differences of 1.x are handled where they occur. Prints one PASS/FAIL line per check
 * (SKIP for a part that cannot run here) and "<n> passed, <m> failed"; exits 1 on any
 * failure. Everything listens on 127.0.0.1 and everything started here is stopped here.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const n8n = require('../../scripts/lib/n8n');
const { startFakeChatwoot } = require('../../dev/fake-chatwoot');
const { createTier } = require('../lib/tier');
const { startFakeOpenAi } = require('./fake-openai');
const { connect } = require('./server');
const platform = require('./platform');
const trigger = require('./trigger');
const chain = require('./chain');
const tool = require('./tool');
const attachments = require('./attachments');
const agentBot = require('./agentBot');
const newResources = require('./newResources');

const OVERALL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS) || 10 * 60_000;
const KEEP = process.env.E2E_KEEP === '1';
/**
 * The modules of phase 2, in this order: the trigger first, while its activation is fresh; the
 * agent bot last, as it has the fake deliver to bot 1 (inbox 1) while it runs.
 */
const SERVER_MODULES = [trigger, chain, newResources, tool, attachments, agentBot];
const t = createTier('e2e');

async function main() {
	const version = process.env.N8N_VERSION || n8n.DEFAULT_N8N_VERSION;
	t.progress(`n8n ${version}: checking the install`);
	const install = await n8n.ensureN8n({ version });
	t.startOverallTimeout(OVERALL_TIMEOUT_MS);

	// Tokens no log line could contain by accident, so the leak check means something.
	const hex = () => crypto.randomBytes(12).toString('hex');
	const tokens = { platform: `e2e-platform-${hex()}`, user: `e2e-user-${hex()}`, bot: `e2e-bot-${hex()}`, openai: `sk-e2e-${hex()}` };
	for (const token of Object.values(tokens)) t.secrets.add(token);

	const fake = await startFakeChatwoot({ port: 0, tokens: { platform: tokens.platform, user: tokens.user, bot: tokens.bot }, seed: true });
	t.onCleanup(() => fake.close());
	const ai = await startFakeOpenAi(tool.MODEL_SCRIPT);
	t.onCleanup(() => ai.close());
	const botModel = await startFakeOpenAi(agentBot.MODEL_SCRIPT);
	t.onCleanup(() => botModel.close());
	t.progress(`fake Chatwoot on ${fake.url}, scripted OpenAI-compatible model on ${ai.url}`);

	const tmp = t.tempDir('chatwoot-e2e-', { keep: KEEP });
	const userFolder = n8n.createUserFolder({ dir: path.join(tmp, 'user') });

	t.progress(`packing and installing the package into ${userFolder}/.n8n/nodes (built first when dist/ is stale)`);
	await n8n.buildPackAndInstall(userFolder);

	const ctx = n8n.createN8nContext({ install, userFolder });
	const credentials = {
		platform: {
			id: n8n.n8nId('e2e-credential'),
			name: 'ChatWoot e2e (platform app)',
			type: 'chatWootApi',
			// `/app/` at the end, as users paste the dashboard address: the node must strip it.
			data: { url: `${fake.url}/app/`, accessToken: tokens.platform, kind: 'platformApp', accountId: 1 },
		},
		user: {
			id: n8n.n8nId('e2e-credential-user'),
			name: 'ChatWoot e2e (user)',
			type: 'chatWootApi',
			data: { url: fake.url, accessToken: tokens.user, kind: 'user', accountId: 1 },
		},
		bot: {
			id: n8n.n8nId('e2e-credential-bot'),
			name: 'ChatWoot e2e (agent bot 1)',
			type: 'chatWootApi',
			data: { url: fake.url, accessToken: tokens.bot, kind: 'agentBot', accountId: 1 },
		},
		openaiBot: {
			id: n8n.n8nId('e2e-credential-openai-bot'),
			name: 'Scripted slow model (OpenAI-compatible)',
			type: 'openAiApi',
			data: { apiKey: tokens.openai, url: `${botModel.url}/v1`, header: false },
		},
		openai: {
			id: n8n.n8nId('e2e-credential-openai'),
			name: 'Scripted model (OpenAI-compatible)',
			type: 'openAiApi',
			data: { apiKey: tokens.openai, url: `${ai.url}/v1`, header: false },
		},
	};
	const env = { install, ctx, fake, ai, botModel, tokens, credentials, cliRuns: [] };

	t.progress('importing the credentials');
	env.cliRuns.push(await n8n.importCredentials(ctx, Object.values(credentials)));
	t.progress('importing the workflows');
	const modules = [platform, ...SERVER_MODULES];
	env.cliRuns.push(await n8n.importWorkflows(ctx, modules.flatMap((m) => m.workflows(env))));

	// Phase 1: n8n execute.
	try {
		await platform.checks(env, t);
	} catch (error) {
		t.fail(platform.title, error);
	}

	// Phase 2: n8n start, the REST API (1.x differences are handled in server.js and tool.js).
	await serverPhase(env);

	await t.check('no token (platform, user, OpenAI key) appears in any CLI output or in the n8n server log', () => {
		// One place is data, not a leak: Chatwoot's Platform API shows a user with its
		// `access_token` (user 1's is the user credential's token), and `n8n execute` prints
		// the run data of the Platform User workflows.
		const asUserData = (text, token) => text.replace(new RegExp(`"access_token":\\s*"${token}"`, 'g'), '');
		const leaks = [];
		for (const run of env.cliRuns) {
			for (const [kind, token] of Object.entries(tokens)) if (asUserData(run.output, token).includes(token)) leaks.push(`${kind} token in n8n ${run.args[0]}`);
		}
		const log = env.serverLog ? fs.readFileSync(env.serverLog, 'utf8') : '';
		for (const [kind, token] of Object.entries(tokens)) if (log.includes(token)) leaks.push(`${kind} token in the server log`);
		t.expect(leaks.length === 0, leaks.join(', '));
		return `${env.cliRuns.length} commands${env.serverLog ? ' and the server log' : ''} checked`;
	});
}

async function serverPhase(env) {
	const { ctx, fake } = env;
	let server;
	try {
		for (const id of SERVER_MODULES.flatMap((m) => m.publish || [])) {
			t.progress(`publishing workflow ${id} (n8n publish:workflow)`);
			env.cliRuns.push(await n8n.publishWorkflow(ctx, id));
		}
		for (const module of SERVER_MODULES) module.beforeStart?.(env);
		env.requestsAtStart = fake.requests.length;
		t.progress('starting n8n');
		server = await n8n.startN8n(ctx, { logFile: path.join(ctx.userFolder, 'n8n-start.log') });
		env.serverLog = server.logFile;
		t.onCleanup(() => server.stop());
		t.progress(`n8n serves ${server.url}`);
		env.api = await connect(server, env.install);
		const types = await env.api.call('GET', '/types/nodes.json');
		env.nodeTypes = Array.isArray(types.json) ? types.json : undefined;
	} catch (error) {
		t.fail('n8n start', error);
		return;
	}
	for (const module of SERVER_MODULES) {
		try {
			await module.checks(env, t);
		} catch (error) {
			t.fail(`${module.title} (could not finish)`, error);
		}
		await t.haltIfFinishing();
	}
	t.progress('stopping n8n');
	await server.stop();
}

t.runMain(main);
