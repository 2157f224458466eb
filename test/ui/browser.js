'use strict';
/**
 * Headless Chromium for the UI test (test/ui/run.js): launched through playwright-core (Debian's
 * `chromium`, no browser download), what the page reports (console errors, failed requests,
 * the package's assets), the steps' runner with screenshots, and the editor's locators the
 * steps (test/ui/steps.js) share.
 */

const path = require('node:path');

const n8n = require('../../scripts/lib/n8n');

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
const ICON_PREFIX = `/icons/${n8n.PACKAGE_NAME}/`;

const squash = (text) => String(text).replace(/\s+/g, ' ').trim();

/**
 * Launches Chromium with a fresh `profile` folder; returns {browser, page, seen}: `seen`
 * collects everything the browser reports, sorted later into "the package's" and "n8n's own".
 */
async function launchBrowser(chromium, { executablePath, profile }) {
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: VIEWPORT,
		timeout: 60_000,
	});
	const page = browser.pages()[0] || (await browser.newPage());
	page.setDefaultTimeout(ACTION_TIMEOUT_MS);
	const seen = { consoleErrors: [], failedRequests: [], packageAssets: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') seen.consoleErrors.push({ text: message.text(), url: message.location()?.url || '' });
	});
	page.on('pageerror', (error) => seen.consoleErrors.push({ text: `uncaught: ${error.message}`, url: '' }));
	page.on('requestfailed', (request) => seen.failedRequests.push({ url: request.url(), why: request.failure()?.errorText || 'failed' }));
	page.on('response', (response) => {
		const url = response.url();
		if (url.includes(ICON_PREFIX) || url.includes(`/${n8n.PACKAGE_NAME}/`)) seen.packageAssets.push({ url, status: response.status() });
		if (response.status() >= 400) seen.failedRequests.push({ url, why: `HTTP ${response.status()}` });
	});
	return { browser, page, seen };
}

/**
 * The UI steps' runner: each step is a check; after a failed step (a screenshot of the page
 * is taken) the dependent ones are reported as skipped failures. shot(name) saves a
 * screenshot into `shots`.
 */
function stepRunner(t, page, shots) {
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
		await t.haltIfFinishing();
		if (broken) {
			t.fail(name, `skipped: "${broken}" failed`);
			return;
		}
		const t0 = Date.now();
		try {
			const detail = await fn();
			t.pass(name, [detail, `${((Date.now() - t0) / 1000).toFixed(1)}s`].filter(Boolean).join('; '));
		} catch (error) {
			await t.haltIfFinishing();
			broken = name;
			const file = path.join(shots, `FAILED-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
			await page.screenshot({ path: file }).catch(() => {});
			t.fail(name, `${error.message.split('\n')[0]} (screenshot ${file})`);
		}
	}
	return { step, shot };
}

/** The editor's parts the steps use: the node panel (creator), the node's panel (ndv), the credential dialog. */
function editorParts(page) {
	const creator = page.locator('[data-test-id="node-creator"]');
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
	return {
		visible: (selector, timeout) => page.locator(selector).first().waitFor({ state: 'visible', timeout }),
		ndv: page.locator('[data-test-id="ndv"]'),
		creator,
		modal: page.locator('[data-test-id="editCredential-modal"]'),
		creatorItem,
		actionLabels,
		categoryTitles: async () => (await creator.locator('[data-test-id="node-creator-category-item"]').allInnerTexts()).map(squash),
	};
}

/**
 * The browser's own view, as one check: no console error and no failed request caused by the
 * package, and its icon loaded. Requests to other hosts are n8n's own (its editor looks
 * installed community packages up on registry.npmjs.org, which an offline machine cannot
 * reach): listed, not counted.
 */
function checkBrowserView(t, seen, serverUrl) {
	const { consoleErrors, failedRequests, packageAssets } = seen;
	const external = (url) => Boolean(url) && !url.startsWith(`${serverUrl}/`);
	const mentionsPackage = (text) => /chatwoot/i.test(text) || text.includes(n8n.PACKAGE_NAME);
	const packageErrors = consoleErrors.filter((e) => !external(e.url) && mentionsPackage(`${e.text} ${e.url}`));
	const packageFailures = failedRequests.filter((r) => !external(r.url) && mentionsPackage(r.url));
	const badAssets = packageAssets.filter((a) => a.status >= 400);
	const others = [...consoleErrors.filter((e) => !packageErrors.includes(e)).map((e) => `console: ${e.text}`), ...failedRequests.filter((r) => !packageFailures.includes(r)).map((r) => `request: ${r.url} ${r.why}`)];
	if (others.length) t.progress(`not from the package (n8n's own, not counted):\n  ${[...new Set(others)].join('\n  ')}`);
	return t.check('browser: no console error and no failed request caused by the package', () => {
		t.expect(packageAssets.some((a) => a.status === 200 && a.url.includes('/chatwoot.svg')), 'the package\'s icon was never loaded');
		t.expect(badAssets.length === 0, `package assets failed: ${badAssets.map((a) => `${a.url} ${a.status}`).join(', ')}`);
		t.expect(packageFailures.length === 0, `failed requests: ${packageFailures.map((r) => `${r.url} ${r.why}`).join(', ')}`);
		t.expect(packageErrors.length === 0, `console errors: ${packageErrors.map((e) => e.text).join(' | ')}`);
		return `${packageAssets.length} package asset requests, all ${[...new Set(packageAssets.map((a) => a.status))].join('/')}; ${consoleErrors.length} console errors in all, none from the package`;
	});
}

module.exports = { launchBrowser, stepRunner, editorParts, checkBrowserView, squash, ICON_PREFIX, ACTION_TIMEOUT_MS, EDITOR_LOAD_TIMEOUT_MS };
