'use strict';
/**
 * The UI test's steps in n8n's editor (test/ui/run.js sets up n8n, the fake and Chromium):
 * sign in, the node panel and the actions list, "Update a user" and its fields, the
 * credential dialog and n8n's credential test (right and wrong token), "Execute step" and
 * what the fake received, the trigger panel and ChatWoot Trigger, the README's example
 * workflow. Each step is a check; after a failed one the dependent ones are skipped.
 */

const crypto = require('node:crypto');
const { isDeepStrictEqual } = require('node:util');

const { editorParts, squash, ICON_PREFIX, ACTION_TIMEOUT_MS, EDITOR_LOAD_TIMEOUT_MS } = require('./browser');

const WRONG_TOKEN = `ui-wrong-${crypto.randomBytes(6).toString('hex')}`;
const NEW_EMAIL = 'alice.new@example.com';

const sorted = (list) => [...list].sort((a, b) => a.localeCompare(b));

/**
 * ui: {t, page, step, shot, server, fake, facts (packageFacts() of run.js), OWNER,
 * PLATFORM_TOKEN, EXAMPLE (the example workflow), EXAMPLE_ID}
 */
async function runSteps(ui) {
	const { t, page, step, shot, server, fake, facts, OWNER, PLATFORM_TOKEN, EXAMPLE, EXAMPLE_ID } = ui;
	const { expect } = t;
	const { visible, ndv, creator, modal, creatorItem, actionLabels, categoryTitles } = editorParts(page);
	const requestsSince = (from) => fake.requests.slice(from);
	/** Where the fake's request log stood when the step was executed. */
	const executed = {};

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
		// the Filters collection renders after the panel opens: wait for it, not a fixed time
		await ndv.getByText('Message Type').first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
		const text = squash(await ndv.innerText());
		for (const label of ['Agent Bot', 'Filters', 'Conversation Status', 'Message Type']) {
			expect(text.includes(label), `no "${label}" in the panel`);
		}
		await shot('10-agent-bot-trigger.png');
		return `Source: ${source}; Agent Bot, Filters (Conversation Status, Message Type) shown`;
	});
}

module.exports = { runSteps };
