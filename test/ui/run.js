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
const { isDeepStrictEqual } = require('node:util');

const n8n = require('../../scripts/lib/n8n');
const { startFakeChatwoot } = require('../../dev/fake-chatwoot');

const OVERALL_TIMEOUT_MS = Number(process.env.UI_TIMEOUT_MS) || 8 * 60_000;
const KEEP = process.env.UI_KEEP === '1';
const UPDATE_DOCS = process.env.UI_UPDATE_DOCS === '1';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Chromium on a machine without internet: no background connections, no first-run pages.
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const VIEWPORT = { width: 1280, height: 800 };
const ACTION_TIMEOUT_MS = 30_000;
const EDITOR_LOAD_TIMEOUT_MS = 90_000;

const OWNER = { email: 'ui-test@example.com', firstName: 'UI', lastName: 'Test', password: 'Ui-test-pass1!' };
const PLATFORM_TOKEN = `ui-platform-${crypto.randomBytes(12).toString('hex')}`;
const WRONG_TOKEN = `ui-wrong-${crypto.randomBytes(6).toString('hex')}`;
const NEW_EMAIL = 'alice.new@example.com';
const ICON_PREFIX = `/icons/${n8n.PACKAGE_NAME}/`;
/** Where the fake's request log stood when the step was executed. */
const executed = {};

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

// ---------------------------------------------------------------------------------------
// Reporting

const results = [];
let finishing = false; // set on timeout / signal: the handler reports and exits
const started = Date.now();
function progress(message) {
	process.stderr.write(`[ui ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}
function pass(name, detail) {
	results.push({ name, ok: true });
	console.log(`PASS ${name}${detail ? ` (${detail})` : ''}`);
}
function fail(name, message) {
	results.push({ name, ok: false });
	console.log(`FAIL ${name}: ${String(message).replaceAll(PLATFORM_TOKEN, '<token>')}`);
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

// ---------------------------------------------------------------------------------------
// Cleanup

const cleanups = [];
let cleaningUp = null;
function cleanup() {
	if (!cleaningUp) {
		cleaningUp = (async () => {
			for (const fn of cleanups.reverse()) {
				try {
					await fn();
				} catch (error) {
					progress(`cleanup: ${error.message}`);
				}
			}
			await n8n.stopAllProcesses();
		})();
	}
	return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, async () => {
		if (finishing) return;
		finishing = true;
		progress(`${signal}: stopping`);
		fail('interrupted', signal);
		summary();
		await cleanup();
		process.exit(130);
	});
}

// ---------------------------------------------------------------------------------------
// What the package declares (the built node descriptions)

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

const sorted = (list) => [...list].sort((a, b) => a.localeCompare(b));
const squash = (text) => String(text).replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------

async function main() {
	let chromium;
	try {
		({ chromium } = require('playwright-core'));
	} catch {
		fail('setup', 'playwright-core is not installed (npm ci installs it as a devDependency)');
		return;
	}
	if (!fs.existsSync(CHROMIUM)) {
		fail('setup', `${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM)`);
		return;
	}

	const version = process.env.N8N_VERSION || n8n.DEFAULT_N8N_VERSION;
	progress(`n8n ${version}: checking the install`);
	const install = await n8n.ensureN8n({ version });

	const overall = setTimeout(async () => {
		if (finishing) return;
		finishing = true;
		fail('overall timeout', `the test took longer than ${OVERALL_TIMEOUT_MS} ms`);
		summary();
		await cleanup();
		process.exit(1);
	}, OVERALL_TIMEOUT_MS);
	cleanups.push(() => clearTimeout(overall));

	const shots = process.env.UI_SCREENSHOTS ? path.resolve(process.env.UI_SCREENSHOTS) : fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-ui-shots-'));
	fs.mkdirSync(shots, { recursive: true });
	console.log(`screenshots: ${shots}`);

	const facts = packageFacts();
	progress(`the built node has ${facts.operationCount} operations; the trigger ${facts.events.length} events`);

	const fake = await startFakeChatwoot({
		port: 0,
		tokens: { platform: PLATFORM_TOKEN, user: 'ui-user-token', bot: 'ui-bot-token' },
		seed: true,
	});
	cleanups.push(() => fake.close());
	progress(`fake Chatwoot on ${fake.url}`);

	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-ui-'));
	cleanups.push(() => (KEEP ? progress(`kept ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true })));
	const userFolder = n8n.createUserFolder({ dir: path.join(tmp, 'user') });
	progress(`packing and installing the package into ${userFolder}/.n8n/nodes (built first when dist/ is stale)`);
	await n8n.buildPackAndInstall(userFolder);

	const ctx = n8n.createN8nContext({ install, userFolder });
	progress('importing the example workflow "AI agent bot with hand-off"');
	await n8n.importWorkflows(ctx, [{ ...EXAMPLE, id: EXAMPLE_ID, active: false }]);
	progress('starting n8n');
	const server = await n8n.startN8n(ctx, { logFile: path.join(tmp, 'n8n.log') });
	cleanups.push(() => server.stop());
	progress(`n8n on ${server.url}`);
	await n8n.setupOwner(server.url, OWNER);

	progress('starting Chromium');
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chatwoot-ui-chromium-'));
	cleanups.push(() => fs.rmSync(profile, { recursive: true, force: true }));
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: VIEWPORT,
		timeout: 60_000,
	});
	cleanups.push(() => browser.close());
	const page = browser.pages()[0] || (await browser.newPage());
	page.setDefaultTimeout(ACTION_TIMEOUT_MS);

	// Everything the browser reports, sorted later into "the package's" and "n8n's own".
	const consoleErrors = [];
	const failedRequests = [];
	const packageAssets = [];
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location()?.url || '' });
	});
	page.on('pageerror', (error) => consoleErrors.push({ text: `uncaught: ${error.message}`, url: '' }));
	page.on('requestfailed', (request) => failedRequests.push({ url: request.url(), why: request.failure()?.errorText || 'failed' }));
	page.on('response', (response) => {
		const url = response.url();
		if (url.includes(ICON_PREFIX) || url.includes(`/${n8n.PACKAGE_NAME}/`)) packageAssets.push({ url, status: response.status() });
		if (response.status() >= 400) failedRequests.push({ url, why: `HTTP ${response.status()}` });
	});

	// ---- UI steps: each a check; after a failed step the dependent ones are skipped.
	let broken = null;
	let shotIndex = 0;
	async function shot(name) {
		shotIndex += 1;
		const file = path.join(shots, name || `${String(shotIndex).padStart(2, '0')}-step.png`);
		await page.waitForTimeout(500); // let opening lists and dialogs finish their animation
		await page.screenshot({ path: file });
		return file;
	}
	async function step(name, fn) {
		if (finishing) return new Promise(() => {});
		if (broken) {
			fail(name, `skipped: "${broken}" failed`);
			return undefined;
		}
		const t0 = Date.now();
		try {
			const detail = await fn();
			pass(name, [detail, `${((Date.now() - t0) / 1000).toFixed(1)}s`].filter(Boolean).join('; '));
		} catch (error) {
			if (finishing) return new Promise(() => {});
			broken = name;
			const file = path.join(shots, `FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
			await page.screenshot({ path: file }).catch(() => {});
			fail(name, `${error.message.split('\n')[0]} (screenshot ${file})`);
		}
		return undefined;
	}
	const visible = (selector, timeout) => page.locator(selector).first().waitFor({ state: 'visible', timeout });
	const ndv = page.locator('[data-test-id="ndv"]');
	const creator = page.locator('[data-test-id="node-creator"]');
	const modal = page.locator('[data-test-id="editCredential-modal"]');
	const requestsSince = (from) => fake.requests.slice(from);

	/** The node creator's item whose name is exactly `name`. */
	const creatorItem = (name) =>
		creator.locator('[data-test-id="item-iterator-item"]').filter({
			has: page.locator('[data-test-id="node-creator-item-name"]', { hasText: new RegExp(`^${name}$`) }),
		});
	const actionItems = creator.locator('[data-keyboard-nav-type="action"] [data-test-id="node-creator-item-name"]');
	/**
	 * The action entries' labels once at least `target` are rendered: n8n renders a long
	 * list in batches. If the count stops growing, the last entry is scrolled into view.
	 */
	async function actionLabels(target, timeoutMs = 20_000) {
		const deadline = Date.now() + timeoutMs;
		let last = -1;
		let since = Date.now();
		while (Date.now() < deadline) {
			const count = await actionItems.count();
			if (count >= target) break;
			if (count !== last) {
				last = count;
				since = Date.now();
			} else if (count > 0 && Date.now() - since > 3000) {
				await actionItems.nth(count - 1).scrollIntoViewIfNeeded();
				since = Date.now();
			}
			await page.waitForTimeout(250);
		}
		return actionItems.allInnerTexts();
	}
	const categoryTitles = async () => (await creator.locator('[data-test-id="node-creator-category-item"]').allInnerTexts()).map(squash);

	await step('sign in to the n8n editor', async () => {
		await page.goto(`${server.url}/signin`, { waitUntil: 'domcontentloaded' });
		await page.locator('#emailOrLdapLoginId').fill(OWNER.email);
		await page.locator('#password').fill(OWNER.password);
		await page.locator('[data-test-id="form-submit-button"]').click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: ACTION_TIMEOUT_MS });
		return new URL(page.url()).pathname;
	});

	await step('new workflow with a Manual Trigger', async () => {
		await page.goto(`${server.url}/workflow/new`, { waitUntil: 'domcontentloaded' });
		await visible('[data-test-id="canvas-add-button"]', EDITOR_LOAD_TIMEOUT_MS);
		await page.locator('[data-test-id="canvas-add-button"]').click();
		await page.locator('[data-test-id="node-creator-search-bar"]').fill('manual');
		await creatorItem('Manual Trigger').first().click();
		await visible('[data-test-id="canvas-trigger-node"]');
		await creator.waitFor({ state: 'hidden' });
	});

	await step('node panel: search "ChatWoot" lists the node with its icon and description', async () => {
		await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
		await page.locator('[data-test-id="node-creator-search-bar"]').fill('ChatWoot');
		const item = creatorItem('ChatWoot');
		await item.first().waitFor({ state: 'visible' });
		expect((await item.count()) === 1, `${await item.count()} items named "ChatWoot"`);
		// n8n merges "X" and "X Trigger" into one entry and shows the trigger's description on it
		// (generateMergedNodesAndActions in n8n's editor); either description is the package's.
		const description = squash(await item.locator('[data-test-id="node-creator-item-description"]').innerText());
		expect([facts.node.description, facts.trigger.description].includes(description), `description "${description}" is not one of the package's`);
		const icon = item.locator(`img[src*="${ICON_PREFIX}"]`).first();
		await icon.waitFor({ state: 'visible' });
		await page.waitForFunction((img) => img.complete, await icon.elementHandle());
		const { src, width } = await icon.evaluate((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth }));
		expect(width > 0, `icon ${src} did not load`);
		await shot('01-node-panel.png');
		return `"${description}", icon ${src}`;
	});

	await step(`actions list: "Actions (${facts.operationCount})", one action per operation of the node`, async () => {
		await creatorItem('ChatWoot').first().click();
		await page.locator('[data-test-id="node-creator-category-item"]').first().waitFor({ state: 'visible' });
		const categories = await categoryTitles();
		const actions = categories.find((title) => /^Actions \(\d+\)$/.test(title));
		expect(actions, `no "Actions (N)" heading; headings: ${categories.join(', ')}`);
		const shown = Number(actions.match(/\d+/)[0]);
		expect(shown === facts.operationCount, `the panel says ${actions}, the node has ${facts.operationCount} operations`);
		const triggerEvents = new Set(facts.events.map((e) => `On ${e.name}`.toLowerCase()));
		const labels = (await actionLabels(facts.operationCount)).map(squash).filter((label) => !triggerEvents.has(label.toLowerCase()));
		expect(labels.length === facts.operationCount, `${labels.length} action entries listed, ${facts.operationCount} operations`);
		expect(isDeepStrictEqual(sorted(labels), sorted(facts.actionLabels)), 'the listed actions differ from the operations\' action names');
		await creator.locator('[data-test-id="node-creator-category-item"]').first().scrollIntoViewIfNeeded();
		await shot('02-actions-list.png');
		return `${categories.join(', ')}; ${labels.length} entries = the operations' action names`;
	});

	await step('"Update a user" opens User ID and Update Fields (Name, Email, Password, Custom Attributes)', async () => {
		await creator.locator('[data-keyboard-nav-type="action"]', { hasText: /^\s*Update a user\s*$/ }).click();
		await ndv.waitFor({ state: 'visible' });
		const title = squash(await ndv.locator('[data-test-id="node-title-container"]').innerText());
		expect(title.includes('Update a user'), `panel title "${title}"`);
		const resource = await ndv.locator('[data-test-id="parameter-input-resource"] input').inputValue();
		const operation = await ndv.locator('[data-test-id="parameter-input-operation"] input').inputValue();
		expect(resource === 'Platform: User' && operation === 'Update', `Resource "${resource}", Operation "${operation}"`);
		const parameters = ndv.locator('[data-test-id="node-parameters"]');
		await parameters.locator('[data-test-id="parameter-input-userId"] input').waitFor({ state: 'visible' });
		const labels = squash(await parameters.innerText());
		for (const label of ['User ID', 'Update Fields']) expect(labels.includes(label), `no "${label}" in the panel`);
		await parameters.locator('[data-test-id="collection-parameter-add"]:visible').click();
		const options = page.locator('[data-test-id="collection-parameter-option"]:visible');
		await options.first().waitFor({ state: 'visible' });
		const offered = (await options.allInnerTexts()).map(squash);
		for (const field of ['Name', 'Email', 'Password', 'Custom Attributes']) expect(offered.includes(field), `Update Fields offers ${offered.join(', ')}: no ${field}`);
		expect(isDeepStrictEqual(sorted(offered), sorted(facts.updateFieldNames)), `Update Fields offers ${offered.join(', ')}, the node declares ${facts.updateFieldNames.join(', ')}`);
		await shot('03-update-a-user.png');
		await parameters.locator('[data-test-id="collection-parameter-add"]:visible').click(); // close the list
		await options.first().waitFor({ state: 'hidden' });
		return `Update Fields: ${offered.join(', ')}`;
	});

	await step('credential dialog: Platform App token, n8n\'s credential test passes', async () => {
		await ndv.locator('[data-test-id="node-credentials-empty-state"] button').click();
		await modal.waitFor({ state: 'visible' });
		const header = squash(await modal.innerText());
		expect(header.includes('ChatWoot API'), 'the dialog is not the "ChatWoot API" credential');
		await modal.locator('[data-test-id="parameter-input-url"] input').fill(fake.url);
		await modal.locator('[data-test-id="parameter-input-kind"] input').click();
		await page.locator('.el-select-dropdown__item:visible', { hasText: /^\s*Platform App/ }).click();
		const kind = await modal.locator('[data-test-id="parameter-input-kind"] input').inputValue();
		expect(kind === 'Platform App', `Token Kind shows "${kind}"`);
		await modal.locator('[data-test-id="parameter-input-accessToken"] input').fill(PLATFORM_TOKEN);
		const from = fake.requests.length;
		await modal.locator('[data-test-id="credential-save-button"]').click();
		// A new credential that tests OK: n8n saves it and closes the dialog. Opening it
		// again runs the test again and shows the result.
		const failure = modal.getByText(/Couldn.t connect with these settings/);
		await Promise.race([modal.waitFor({ state: 'hidden' }), failure.waitFor({ state: 'visible' })]);
		expect(!(await failure.isVisible()), 'the credential test failed on save');
		await ndv.locator('[data-test-id="credential-edit-button"]').click();
		await modal.waitFor({ state: 'visible' });
		const success = modal.locator('[data-test-id="credentials-config-container-test-success"]');
		await success.waitFor({ state: 'visible' });
		const message = squash(await success.innerText()).replace(/\s*Retry$/, '');
		expect(/tested successfully/i.test(message), `banner "${message}"`);
		const tests = requestsSince(from).filter((r) => r.path === '/platform/api/v1/agent_bots');
		expect(tests.length > 0 && tests.every((r) => r.status === 200 && r.headers['api-access-token'] === PLATFORM_TOKEN), `the fake saw ${tests.map((r) => r.status).join(', ') || 'no'} credential test requests`);
		await shot('04-credential-test-passed.png');
		return `"${message}"; the fake answered ${tests.length} x GET /platform/api/v1/agent_bots 200`;
	});

	await step('credential dialog: with a wrong token the test fails', async () => {
		const from = fake.requests.length;
		await modal.locator('[data-test-id="parameter-input-accessToken"] input').fill(WRONG_TOKEN);
		await modal.locator('[data-test-id="credential-save-button"]').click();
		const failure = modal.getByText(/Couldn.t connect with these settings/);
		await failure.waitFor({ state: 'visible' });
		const more = modal.getByText('More details');
		if (await more.isVisible()) await more.click();
		const text = squash(await modal.innerText());
		const banner = (text.match(/(Couldn.t connect with these settings.*?)\s*Chatwoot URL/) || [, 'Couldn’t connect with these settings'])[1];
		const tests = requestsSince(from).filter((r) => r.path === '/platform/api/v1/agent_bots');
		expect(tests.length > 0 && tests.every((r) => r.status === 401 && r.headers['api-access-token'] === WRONG_TOKEN), `the fake saw ${tests.map((r) => r.status).join(', ') || 'no'} credential test requests`);
		expect(!(await modal.locator('[data-test-id="credentials-config-container-test-success"]').isVisible()), 'the success banner is still shown');
		await shot('05-credential-test-failed.png');
		return `"${banner.replace(/\s*Retry\s*/, ' ').trim()}"; the fake answered 401`;
	});

	await step('credential dialog: the right token again, the test passes again', async () => {
		await modal.locator('[data-test-id="parameter-input-accessToken"] input').fill(PLATFORM_TOKEN);
		await modal.locator('[data-test-id="credential-save-button"]').click();
		await modal.locator('[data-test-id="credentials-config-container-test-success"]').waitFor({ state: 'visible' });
		await modal.locator('button[aria-label="Close this dialog"]').click();
		await modal.waitFor({ state: 'hidden' });
		const selected = await ndv.locator('[data-test-id="node-credentials-select"] input').inputValue();
		expect(selected.length > 0, 'no credential selected in the node');
		return `node uses "${selected}"`;
	});

	await step('fill User ID and Email, execute the step: the updated user in the output panel', async () => {
		const parameters = ndv.locator('[data-test-id="node-parameters"]');
		await parameters.locator('[data-test-id="parameter-input-userId"] input').fill('1');
		await parameters.locator('[data-test-id="collection-parameter-add"]:visible').click();
		await page.locator('[data-test-id="collection-parameter-option"]:visible', { hasText: /^\s*Email\s*$/ }).click();
		await parameters.locator('[data-test-id="parameter-input-email"] input').fill(NEW_EMAIL);
		const from = fake.requests.length;
		await ndv.locator('[data-test-id="node-execute-button"]').first().click();
		const output = ndv.locator('[data-test-id="output-panel"]');
		await output.locator('[data-test-id="node-run-status-success"]').waitFor({ state: 'visible', timeout: 60_000 });
		await output.locator('[data-test-id="radio-button-json"]').click();
		const container = output.locator('[data-test-id="ndv-data-container"]');
		await container.getByText(NEW_EMAIL).first().waitFor({ state: 'visible' });
		const json = (await container.innerText()).replace(/\s+/g, '');
		expect(json.includes(`"email":"${NEW_EMAIL}"`) && json.includes('"id":1,'), 'the output does not show user 1 with the new email');
		const count = squash(await output.locator('[data-test-id="ndv-items-count"]').innerText());
		expect(/^1 item\b/.test(count), `output says "${count}"`);
		await shot('06-executed-output.png');
		executed.from = from;
		return `${count}, "email": "${NEW_EMAIL}"`;
	});

	await step('the fake received exactly the email', async () => {
		expect(executed.from !== undefined, 'nothing was executed');
		const sent = requestsSince(executed.from).filter((r) => r.method !== 'GET');
		expect(sent.length === 1, `${sent.length} writes: ${sent.map((r) => `${r.method} ${r.path}`).join(', ')}`);
		const [put] = sent;
		expect(put.method === 'PUT' && put.path === '/platform/api/v1/users/1' && put.status === 200, `${put.method} ${put.path} → ${put.status}`);
		expect(isDeepStrictEqual(put.body, { email: NEW_EMAIL }), `body ${JSON.stringify(put.body)}`);
		expect(fake.state.users.find((u) => u.id === 1)?.email === NEW_EMAIL, 'user 1 in the fake kept its old email');
		return `PUT /platform/api/v1/users/1 ${JSON.stringify(put.body)}`;
	});

	await step(`trigger panel: ChatWoot lists its ${facts.events.length} trigger events`, async () => {
		await page.goto(`${server.url}/workflow/new`, { waitUntil: 'domcontentloaded' });
		await visible('[data-test-id="canvas-add-button"]', EDITOR_LOAD_TIMEOUT_MS);
		await page.locator('[data-test-id="canvas-add-button"]').click();
		const header = squash(await page.locator('[data-test-id="nodes-list-header"]').innerText());
		expect(/triggers this workflow/i.test(header), `the panel is "${header}", not the trigger panel`);
		await page.locator('[data-test-id="node-creator-search-bar"]').fill('ChatWoot');
		// In the trigger panel n8n names the merged entry without "Trigger".
		const item = creatorItem('ChatWoot( Trigger)?');
		await item.first().waitFor({ state: 'visible' });
		await item.first().click();
		await page.locator('[data-test-id="node-creator-category-item"]').first().waitFor({ state: 'visible' });
		const categories = await categoryTitles();
		const heading = categories.find((title) => /^Triggers \(\d+\)$/.test(title));
		expect(heading === `Triggers (${facts.events.length})`, `headings: ${categories.join(', ')}; the trigger has ${facts.events.length} events`);
		const expected = facts.events.map((e) => `on ${e.name}`.toLowerCase());
		const listed = (await actionLabels(facts.events.length)).map((label) => squash(label).toLowerCase()).filter((label) => label.startsWith('on '));
		expect(isDeepStrictEqual(sorted(listed), sorted(expected)), `listed: ${listed.join(', ')}`);
		await shot('07-trigger-panel.png');
		return `${heading}: ${listed.length} events`;
	});

	await step('"On message created" adds ChatWoot Trigger with its Events', async () => {
		await creator.locator('[data-keyboard-nav-type="action"]', { hasText: /^\s*On message created\s*$/ }).click();
		await ndv.waitFor({ state: 'visible' });
		const title = squash(await ndv.locator('[data-test-id="node-title-container"]').innerText());
		expect(title.startsWith('ChatWoot Trigger'), `panel title "${title}"`);
		const events = ndv.locator('[data-test-id="parameter-input-events"]');
		await events.waitFor({ state: 'visible' });
		const chosen = squash(await events.innerText());
		expect(chosen.includes('Message Created'), `Events shows "${chosen}"`);
		await events.locator('.el-select').first().click();
		const options = page.locator('.el-select-dropdown__item:visible');
		await options.first().waitFor({ state: 'visible' });
		const offered = (await options.allInnerTexts()).map((t) => squash(t.split('\n')[0]));
		expect(isDeepStrictEqual(sorted(offered), sorted(facts.events.map((e) => e.name))), `Events offers ${offered.join(', ')}`);
		await shot('08-trigger-node.png');
		return `Events: ${offered.length} options, "Message Created" chosen`;
	});

	await step('the example "AI agent bot with hand-off" opens with its six nodes', async () => {
		await page.goto(`${server.url}/workflow/${EXAMPLE_ID}`, { waitUntil: 'domcontentloaded' });
		const names = EXAMPLE.nodes.map((node) => node.name);
		for (const name of names) {
			await page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`).first().waitFor({ state: 'visible', timeout: EDITOR_LOAD_TIMEOUT_MS });
		}
		await page.keyboard.press('Shift+1'); // zoom to fit
		await shot('09-agent-bot-example.png');
		return names.join(', ');
	});

	await step('its trigger shows Source: Agent Bot, the Agent Bot and the Filters', async () => {
		await page.locator('[data-test-id="canvas-node"][data-node-name="Chatwoot Bot"]').first().dblclick();
		await ndv.waitFor({ state: 'visible' });
		// a select shows its value in an input, not as text
		const source = await ndv.locator('[data-test-id="parameter-input-source"] input').first().inputValue();
		expect(source === 'Agent Bot', `Source shows "${source}"`);
		const text = squash(await ndv.innerText());
		for (const label of ['Agent Bot', 'Filters', 'Conversation Status', 'Message Type']) {
			expect(text.includes(label), `no "${label}" in the panel`);
		}
		await shot('10-agent-bot-trigger.png');
		return `Source: ${source}; Agent Bot, Filters (Conversation Status, Message Type) shown`;
	});

	// ---- The browser's own view: errors and failed requests caused by the package.
	// Requests to other hosts are n8n's own (its editor looks installed community packages up
	// on registry.npmjs.org, which an offline machine cannot reach): listed, not counted.
	const external = (url) => Boolean(url) && !url.startsWith(`${server.url}/`);
	const mentionsPackage = (text) => /chatwoot/i.test(text) || text.includes(n8n.PACKAGE_NAME);
	const packageErrors = consoleErrors.filter((e) => !external(e.url) && mentionsPackage(`${e.text} ${e.url}`));
	const packageFailures = failedRequests.filter((r) => !external(r.url) && mentionsPackage(r.url));
	const badAssets = packageAssets.filter((a) => a.status >= 400);
	const others = [...consoleErrors.filter((e) => !packageErrors.includes(e)).map((e) => `console: ${e.text}`), ...failedRequests.filter((r) => !packageFailures.includes(r)).map((r) => `request: ${r.url} ${r.why}`)];
	if (others.length) progress(`not from the package (n8n's own, not counted):\n  ${[...new Set(others)].join('\n  ')}`);
	try {
		expect(packageAssets.some((a) => a.status === 200 && a.url.includes('/chatwoot.svg')), 'the package\'s icon was never loaded');
		expect(badAssets.length === 0, `package assets failed: ${badAssets.map((a) => `${a.url} ${a.status}`).join(', ')}`);
		expect(packageFailures.length === 0, `failed requests: ${packageFailures.map((r) => `${r.url} ${r.why}`).join(', ')}`);
		expect(packageErrors.length === 0, `console errors: ${packageErrors.map((e) => e.text).join(' | ')}`);
		pass('browser: no console error and no failed request caused by the package', `${packageAssets.length} package asset requests, all ${[...new Set(packageAssets.map((a) => a.status))].join('/')}; ${consoleErrors.length} console errors in all, none from the package`);
	} catch (error) {
		fail('browser: no console error and no failed request caused by the package', error.message);
	}

	if (UPDATE_DOCS) {
		if (results.every((r) => r.ok)) {
			const docs = path.join(n8n.ROOT, 'docs', 'images');
			fs.mkdirSync(docs, { recursive: true });
			for (const [from, to] of Object.entries(DOC_PICTURES)) fs.copyFileSync(path.join(shots, from), path.join(docs, to));
			progress(`copied ${Object.keys(DOC_PICTURES).length} pictures to ${path.relative(n8n.ROOT, docs)}/`);
		} else {
			progress('not updating docs/images: the run had failures');
		}
	}
	console.log(`screenshots: ${shots}`);
}

main()
	.catch((error) => {
		if (!finishing) fail('ui test', error.stack || error.message);
	})
	.then(async () => {
		if (finishing) return new Promise(() => {}); // the timeout/signal handler exits
		finishing = true;
		const failed = summary();
		progress(`done in ${((Date.now() - started) / 1000).toFixed(1)}s; stopping`);
		await cleanup();
		process.exit(failed > 0 ? 1 : 0);
	});
