#!/usr/bin/env node
'use strict';
/**
 * UI test: what a user sees in n8n's editor. The `npm pack` tarball is installed into the
 * pinned real n8n, the fake Chatwoot answers, and headless Chromium (Debian's `chromium`,
 * driven by playwright-core; no browser download) clicks through the editor:
 *
 *   1. new workflow, Manual Trigger, node panel, search "ChatWoot": listed with icon and
 *      description; its actions list counts every operation of the node ("Actions (N)");
 *   2. "Update a user": User ID and Update Fields (Name, Email, Password, Custom Attributes);
 *   3. the credential dialog: URL of the fake, Token Kind Platform App, the token: n8n's
 *      credential test passes; with a wrong token it fails (both answered by the fake);
 *   4. User ID and Email filled, "Execute step": the updated user in the output panel, and
 *      the fake received exactly {"email": ...};
 *   5. a new workflow's trigger panel: ChatWoot with its 12 events; "On message created"
 *      opens ChatWoot Trigger with its Events;
 *   6. no browser console error and no failed request caused by the package.
 *
 *   npm run test:ui                 (builds first)
 *   UI_SCREENSHOTS=<dir>            where the screenshots go (default: a new temp folder)
 *   UI_UPDATE_DOCS=1                after a passing run, copy the README pictures to docs/images/
 *   UI_KEEP=1                       keep the temporary n8n folder
 *   UI_TIMEOUT_MS=...               overall limit (default 8 min, not counting a first-time
 *                                   n8n install)
 *   CHROMIUM=/path/to/chromium      default /usr/bin/chromium
 *
 * Prints one PASS/FAIL line per check and "<n> passed, <m> failed"; exits 1 on any failure.
 * Everything listens on 127.0.0.1; everything started here is stopped here.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const n8n = require('../../scripts/lib/n8n');
const { startFakeChatwoot } = require('../../dev/fake-chatwoot');
const { createTier } = require('../lib/tier');
const { launchBrowser, stepRunner, checkBrowserView } = require('./browser');
const { runSteps } = require('./steps');

const OVERALL_TIMEOUT_MS = Number(process.env.UI_TIMEOUT_MS) || 8 * 60_000;
const KEEP = process.env.UI_KEEP === '1';
const UPDATE_DOCS = process.env.UI_UPDATE_DOCS === '1';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const OWNER = { email: 'ui-test@example.com', firstName: 'UI', lastName: 'Test', password: 'Ui-test-pass1!' };
const PLATFORM_TOKEN = `ui-platform-${crypto.randomBytes(12).toString('hex')}`;

/** Screenshot file → README picture (docs/images/), copied with UI_UPDATE_DOCS=1. */
const DOC_PICTURES = {
	'02-actions-list.png': 'actions-list.png',
	'03-update-a-user.png': 'update-a-user.png',
	'06-executed-output.png': 'executed-output.png',
	'07-trigger-panel.png': 'trigger-panel.png',
	'08-trigger-node.png': 'trigger-node.png',
	'09-agent-bot-example.png': 'agent-bot-example.png',
	'10-agent-bot-trigger.png': 'agent-bot-trigger.png',
};
/** The README's worked example, imported as shipped (docs/examples/). */
const EXAMPLE = JSON.parse(fs.readFileSync(path.join(n8n.ROOT, 'docs', 'examples', 'ai-agent-bot-with-handoff.json'), 'utf8'));
const EXAMPLE_ID = n8n.n8nId('ui-agent-bot-example');

const t = createTier('ui');
t.secrets.add(PLATFORM_TOKEN);

/** What the package declares (the built node descriptions). */
function packageFacts() {
	const dist = path.join(n8n.ROOT, 'dist', 'nodes');
	const { ChatWoot } = require(path.join(dist, 'ChatWoot', 'ChatWoot.node.js'));
	const { ChatWootTrigger } = require(path.join(dist, 'ChatWootTrigger', 'ChatWootTrigger.node.js'));
	const node = new ChatWoot().description;
	const trigger = new ChatWootTrigger().description;
	const operations = node.properties.filter((p) => p.name === 'operation').flatMap((p) => p.options);
	const events = trigger.properties.find((p) => p.name === 'events').options;
	const updateFields = node.properties.find(
		(p) => p.name === 'platformUserUpdateFields' && p.displayOptions?.show?.resource?.includes('platformUser') && p.displayOptions?.show?.operation?.includes('update'),
	);
	return {
		node,
		trigger,
		operationCount: operations.length,
		actionLabels: operations.map((o) => o.action || o.name),
		events,
		updateFieldNames: (updateFields?.options || []).map((o) => o.displayName),
	};
}

async function main() {
	let chromium;
	try {
		({ chromium } = require('playwright-core'));
	} catch {
		t.fail('setup', 'playwright-core is not installed (npm ci installs it as a devDependency)');
		return;
	}
	if (!fs.existsSync(CHROMIUM)) {
		t.fail('setup', `${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM)`);
		return;
	}

	const version = process.env.N8N_VERSION || n8n.DEFAULT_N8N_VERSION;
	t.progress(`n8n ${version}: checking the install`);
	const install = await n8n.ensureN8n({ version });
	t.startOverallTimeout(OVERALL_TIMEOUT_MS);

	const shots = process.env.UI_SCREENSHOTS ? path.resolve(process.env.UI_SCREENSHOTS) : fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-ui-shots-'));
	fs.mkdirSync(shots, { recursive: true });
	console.log(`screenshots: ${shots}`);

	const facts = packageFacts();
	t.progress(`the built node has ${facts.operationCount} operations; the trigger ${facts.events.length} events`);

	const fake = await startFakeChatwoot({
		port: 0,
		tokens: { platform: PLATFORM_TOKEN, user: 'ui-user-token', bot: 'ui-bot-token' },
		seed: true,
	});
	t.onCleanup(() => fake.close());
	t.progress(`fake Chatwoot on ${fake.url}`);

	const tmp = t.tempDir('chatwoot-ui-', { keep: KEEP });
	const userFolder = n8n.createUserFolder({ dir: path.join(tmp, 'user') });
	t.progress(`packing and installing the package into ${userFolder}/.n8n/nodes (built first when dist/ is stale)`);
	await n8n.buildPackAndInstall(userFolder);

	const ctx = n8n.createN8nContext({ install, userFolder });
	t.progress('importing the example workflow "AI agent bot with hand-off"');
	await n8n.importWorkflows(ctx, [{ ...EXAMPLE, id: EXAMPLE_ID, active: false }]);
	t.progress('starting n8n');
	const server = await n8n.startN8n(ctx, { logFile: path.join(tmp, 'n8n.log') });
	t.onCleanup(() => server.stop());
	t.progress(`n8n on ${server.url}`);
	await n8n.setupOwner(server.url, OWNER);

	t.progress('starting Chromium');
	const profile = t.tempDir('chatwoot-ui-chromium-');
	const { browser, page, seen } = await launchBrowser(chromium, { executablePath: CHROMIUM, profile });
	t.onCleanup(() => browser.close());
	const { step, shot } = stepRunner(t, page, shots);

	await runSteps({ t, page, step, shot, server, fake, facts, OWNER, PLATFORM_TOKEN, EXAMPLE, EXAMPLE_ID });
	await checkBrowserView(t, seen, server.url);

	if (UPDATE_DOCS) {
		if (t.allPassed()) {
			const docs = path.join(n8n.ROOT, 'docs', 'images');
			fs.mkdirSync(docs, { recursive: true });
			for (const [from, to] of Object.entries(DOC_PICTURES)) fs.copyFileSync(path.join(shots, from), path.join(docs, to));
			t.progress(`copied ${Object.keys(DOC_PICTURES).length} pictures to ${path.relative(n8n.ROOT, docs)}/`);
		} else {
			t.progress('not updating docs/images: the run had failures');
		}
	}
	console.log(`screenshots: ${shots}`);
}

t.runMain(main);
