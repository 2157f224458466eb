/** Help Center: portals, categories and articles, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { byId, expectAllAccepted, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

// A portal's slug goes in the locator's By ID mode.
const bySlug = (slug: string) => byId(slug);
// The demo portal of account 1.
const portal = bySlug('acme-help');
const PORTALS = '/api/v1/accounts/1/portals';

const run = runner(ctx, { resource: 'helpCenter' });

describe('Help Center', () => {
	test('Get Many Portals: one item per portal, Limit honoured', async () => {
		ctx.fake.state.portals.push({ ...ctx.fake.state.portals[0], id: 2, name: 'Acme Dev Docs', slug: 'dev-docs' });
		const { items } = await run({ operation: 'getAllPortals', helpCenterReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', PORTALS)]);
		expect(items.map((i) => i.json.slug)).toEqual(['acme-help', 'dev-docs']);

		ctx.fake.requests.length = 0;
		const limited = await run({ operation: 'getAllPortals', helpCenterReturnAll: false, helpCenterLimit: 1 });
		expect(limited.items.map((i) => i.json.slug)).toEqual(['acme-help']);
	});

	test('Create Portal: name, slug and only the settings added; locales become config', async () => {
		const { items } = await run({
			operation: 'createPortal',
			helpCenterPortalName: 'Handbook',
			helpCenterPortalSlug: 'handbook',
			helpCenterPortalAdditionalFields: { color: '#FF6B6B', header_text: 'Welcome', allowed_locales: 'en, es', default_locale: 'en', page_title: '' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', PORTALS, {
				name: 'Handbook',
				slug: 'handbook',
				color: '#FF6B6B',
				header_text: 'Welcome',
				config: { allowed_locales: ['en', 'es'], default_locale: 'en' },
			}),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, name: 'Handbook', slug: 'handbook', color: '#FF6B6B' });
	});

	test('Update Portal by slug, from a dashboard URL', async () => {
		const url = { __rl: true, mode: 'url', value: `${ctx.fake.url}/app/accounts/1/portals/acme-help/en/articles` };
		const { items } = await run({ operation: 'updatePortal', portal: url, helpCenterPortalUpdateFields: { archived: true, homepage_link: 'https://acme.test/home' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `${PORTALS}/acme-help`, { archived: true, homepage_link: 'https://acme.test/home' }),
		]);
		expect(items[0].json).toMatchObject({ slug: 'acme-help', archived: true, homepage_link: 'https://acme.test/home' });
	});

	test('Create and Update Portal with a Live Chat Inbox (inbox_id, which the server reads beyond the spec)', async () => {
		const { items } = await run({ operation: 'createPortal', helpCenterPortalName: 'Handbook', helpCenterPortalSlug: 'handbook', helpCenterPortalAdditionalFields: { inbox_id: byId(2) } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', PORTALS, { name: 'Handbook', slug: 'handbook', inbox_id: 2 })]);
		expect(items[0].json).toMatchObject({ slug: 'handbook', inbox: { id: 2, name: 'Acme Website' } });

		ctx.fake.requests.length = 0;
		const updated = await run({ operation: 'updatePortal', portal, helpCenterPortalUpdateFields: { inbox_id: byId(2), header_text: 'Ask us' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${PORTALS}/acme-help`, { header_text: 'Ask us', inbox_id: 2 })]);
		expect(updated.items[0].json).toMatchObject({ slug: 'acme-help', header_text: 'Ask us', inbox: { id: 2, name: 'Acme Website' } });
	});

	test('Create Category with an icon color (icon_color, which the server permits beyond the spec)', async () => {
		const { items } = await run({ operation: 'createCategory', portal, helpCenterCategoryName: 'Billing', helpCenterCategorySlug: 'billing', helpCenterCategoryAdditionalFields: { icon: '💳', icon_color: '#FF6B6B' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${PORTALS}/acme-help/categories`, { name: 'Billing', slug: 'billing', icon: '💳', icon_color: '#FF6B6B' }),
		]);
		expect(items[0].json).toMatchObject({ name: 'Billing', icon: '💳', icon_color: '#FF6B6B' });
	});

	test('Create Category in a portal', async () => {
		const { items } = await run({
			operation: 'createCategory',
			portal,
			helpCenterCategoryName: 'Billing',
			helpCenterCategorySlug: 'billing',
			helpCenterCategoryAdditionalFields: { description: 'Invoices and refunds', position: 2, locale: 'en', icon: '💳' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${PORTALS}/acme-help/categories`, {
				name: 'Billing',
				slug: 'billing',
				description: 'Invoices and refunds',
				icon: '💳',
				locale: 'en',
				position: 2,
			}),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Billing', slug: 'billing', portal_id: 1 });
	});

	test('Create Article: status as Chatwoot\'s number, meta built from its fields', async () => {
		const { items } = await run({
			operation: 'createArticle',
			portal,
			helpCenterArticleTitle: 'How refunds work',
			helpCenterArticleContent: 'Refunds take **5 days**.',
			author: { __rl: true, mode: 'list', value: 1 },
			helpCenterArticleAdditionalFields: { status: 'published', category_id: 3, meta_title: 'Refunds', meta_tags: 'refund, billing' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${PORTALS}/acme-help/articles`, {
				title: 'How refunds work',
				content: 'Refunds take **5 days**.',
				author_id: 1,
				category_id: 3,
				status: 1,
				meta: { title: 'Refunds', tags: ['refund', 'billing'] },
			}),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ title: 'How refunds work', status: 'published', author_id: 1, portal_id: 1 });
	});

	test('an unknown portal slug is a 404 naming it', async () => {
		const error = await run.failure({ operation: 'createCategory', portal: bySlug('nope'), helpCenterCategoryName: 'X', helpCenterCategorySlug: 'x' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/portals/nope/categories', { name: 'X', slug: 'x' }, {}, 404)]);
		expect(error.httpCode).toBe('404');
		expect(error.description).toContain('Portal nope');
	});

	describe('bad input fails before any request, naming the field', () => {
		test.each([
			['slug with a slash', { operation: 'createPortal', helpCenterPortalName: 'A', helpCenterPortalSlug: 'a/b' }, /^Slug: must be a portal slug/],
			['color not hex', { operation: 'createPortal', helpCenterPortalName: 'A', helpCenterPortalSlug: 'a', helpCenterPortalAdditionalFields: { color: 'red' } }, /^Color: must be a hex color/],
			// `..` would send PATCH /api/v1/accounts/1/ and rename the account
			['portal slug ..', { operation: 'updatePortal', portal: bySlug('..'), helpCenterPortalUpdateFields: { name: 'B' } }, /^Portal: must be a portal slug like "handbook" \(letters, digits and - _ \. ~ @ \+ only, not only dots\), got "\.\."$/],
			['portal slug %2e%2e', { operation: 'updatePortal', portal: bySlug('%2e%2e'), helpCenterPortalUpdateFields: { name: 'B' } }, /^Portal: must be a portal slug like /],
			['portal slug with a space', { operation: 'updatePortal', portal: bySlug('={{ "acme help" }}'), helpCenterPortalUpdateFields: { name: 'B' } }, /^Portal: must be a portal slug/],
			['update without fields', { operation: 'updatePortal', portal, helpCenterPortalUpdateFields: {} }, /^Update Fields: add at least one field to update$/],
			['update with only a live chat inbox (Chatwoot would change nothing)', { operation: 'updatePortal', portal, helpCenterPortalUpdateFields: { inbox_id: byId(2) } }, /^Live Chat Inbox: Chatwoot applies it only together with another portal field/],
			['update with a blank name', { operation: 'updatePortal', portal, helpCenterPortalUpdateFields: { name: ' ' } }, /^Update Fields: Name is blank, and blank fields are not sent/],
			['category position not whole', { operation: 'createCategory', portal, helpCenterCategoryName: 'A', helpCenterCategorySlug: 'a', helpCenterCategoryAdditionalFields: { position: 1.5 } }, /^Position: must be a whole number/],
			['author not an ID', { operation: 'createArticle', portal, helpCenterArticleTitle: 'T', helpCenterArticleContent: 'C', author: { __rl: true, mode: 'id', value: '={{ "bob" }}' } }, /^Author: must be a positive whole number/],
		])('%s', async (_name, parameters, message) => {
			const error = await run.failure(parameters);
			expect(error.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});
	});

	test('listSearch getPortals: name and slug, the slug as value, dashboard address', async () => {
		ctx.fake.state.portals.push({ ...ctx.fake.state.portals[0], id: 2, name: 'Acme Dev Docs', slug: 'dev-docs' });
		const all = await searchList('getPortals', userCredential(ctx.fake));
		expect(all.results).toEqual([
			{ name: 'Acme Help (acme-help)', value: 'acme-help', url: `${ctx.fake.url}/app/accounts/1/portals/acme-help/settings` },
			{ name: 'Acme Dev Docs (dev-docs)', value: 'dev-docs', url: `${ctx.fake.url}/app/accounts/1/portals/dev-docs/settings` },
		]);
		const filtered = await searchList('getPortals', userCredential(ctx.fake), { filter: 'dev' });
		expect(filtered.results.map((r) => r.value)).toEqual(['dev-docs']);
		expectAllAccepted(ctx.fake);
	});
});

// ---- the server routes the spec leaves out: read, update, delete, reorder, bulk actions ----

const ARTICLES = `${PORTALS}/acme-help/articles`;
const CATEGORIES = `${PORTALS}/acme-help/categories`;
const UPDATED = '2026-01-02T03:04:05.000Z';
const UPDATED_UNIX = Math.floor(Date.parse(UPDATED) / 1000);

/** Two categories (en, es) and three articles of the demo portal; no article has an author, to keep the answers short. */
function seedHelpCenter() {
	const { categories, articles } = ctx.fake.state;
	categories.push(
		{ id: 1, account_id: 1, portal_id: 1, name: 'Billing', slug: 'billing', locale: 'en', description: 'Invoices', position: 10, icon: '💳', icon_color: '#FF6B6B' },
		{ id: 2, account_id: 1, portal_id: 1, name: 'Facturación', slug: 'billing', locale: 'es', description: null, position: 5, icon: '', icon_color: null },
	);
	const article = { account_id: 1, portal_id: 1, locale: 'en', meta: {}, author_id: null, views: 0, updated_at: UPDATED };
	articles.push(
		{ ...article, id: 1, category_id: 1, title: 'Refunds', slug: 'refunds', content: 'Refunds take 5 days.', description: 'How refunds work', status: 'published', position: 10 },
		{ ...article, id: 2, category_id: 1, title: 'Invoices', slug: 'invoices', content: 'Download them.', description: null, status: 'draft', position: 20 },
		{ ...article, id: 3, category_id: null, title: 'Reembolsos', slug: 'reembolsos', content: 'Cinco días.', description: null, status: 'published', position: 10, locale: 'es' },
	);
}

const billing = { id: 1, name: 'Billing', slug: 'billing', locale: 'en', icon: '💳', icon_color: '#FF6B6B' };
const noCategory = { id: null, name: null, slug: null, locale: null, icon: null, icon_color: null };

/** An article as articles/_article.json.jbuilder renders it (no author). */
function articleJson(id: number, title: string, slug: string, fields: Record<string, unknown>) {
	return {
		id,
		slug,
		title,
		content: null,
		description: null,
		status: 'published',
		position: 10,
		account_id: 1,
		updated_at: UPDATED_UNIX,
		meta: {},
		category: noCategory,
		views: 0,
		associated_articles: [],
		...fields,
	};
}

const refunds = articleJson(1, 'Refunds', 'refunds', { content: 'Refunds take 5 days.', description: 'How refunds work', category: billing });
const invoices = articleJson(2, 'Invoices', 'invoices', { content: 'Download them.', status: 'draft', position: 20, category: billing });
const reembolsos = articleJson(3, 'Reembolsos', 'reembolsos', { content: 'Cinco días.' });

const billingCategory = {
	id: 1,
	name: 'Billing',
	slug: 'billing',
	locale: 'en',
	description: 'Invoices',
	position: 10,
	account_id: 1,
	icon: '💳',
	icon_color: '#FF6B6B',
	related_categories: [],
	meta: { articles_count: 2 },
};
const facturacion = { ...billingCategory, id: 2, name: 'Facturación', locale: 'es', description: null, position: 5, icon: '', icon_color: null, meta: { articles_count: 0 } };

describe('Help Center: portals', () => {
	beforeEach(seedHelpCenter);

	test('Get Portal by slug: the portal itself; Locale counts the articles of one locale', async () => {
		const { items } = await run({ operation: 'getPortal', portal, helpCenterPortalGetOptions: { locale: 'es' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${PORTALS}/acme-help`, undefined, { locale: 'es' })]);
		expect(items.map((i) => i.json)).toEqual([
			{
				id: 1,
				color: '#1F93FF',
				custom_domain: null,
				header_text: 'How can we help?',
				homepage_link: 'https://acme.test',
				name: 'Acme Help',
				page_title: 'Acme Help Center',
				slug: 'acme-help',
				archived: false,
				account_id: 1,
				config: { allowed_locales: ['en'], default_locale: 'en' },
				inbox: null,
				logo: null,
				meta: { all_articles_count: 1, categories_count: 2, default_locale: 'en' },
			},
		]);
	});

	test('Delete Portal, Delete Portal Logo: { success: true }', async () => {
		const logo = await run({ operation: 'deletePortalLogo', portal });
		const deleted = await run({ operation: 'deletePortal', portal });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${PORTALS}/acme-help/logo`), expectedRequest('DELETE', `${PORTALS}/acme-help`)]);
		expect([...logo.items, ...deleted.items].map((i) => i.json)).toEqual([{ success: true }, { success: true }]);
		expect(ctx.fake.state.portals).toEqual([]);
		expect(ctx.fake.state.articles).toEqual([]);
	});

	test('Send Custom Domain Instructions: the recipient; Chatwoot confirms', async () => {
		ctx.fake.state.portals[0].custom_domain = 'help.acme.test';
		const { items } = await run({ operation: 'sendPortalDomainInstructions', portal, helpCenterInstructionsEmail: 'dns@acme.test' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${PORTALS}/acme-help/send_instructions`, { email: 'dns@acme.test' })]);
		expect(items.map((i) => i.json)).toEqual([{ message: 'Instructions sent successfully' }]);
	});

	test('Send Custom Domain Instructions without a custom domain: Chatwoot\'s 422 in its words', async () => {
		const { error } = await runNode({
			parameters: { resource: 'helpCenter', operation: 'sendPortalDomainInstructions', portal, helpCenterInstructionsEmail: 'dns@acme.test' } as never,
			credential: userCredential(ctx.fake),
		});
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toContain('Custom domain is not configured');
	});

	test('Get Portal SSL Status (Enterprise): what Cloudflare reported', async () => {
		Object.assign(ctx.fake.state.portals[0], { custom_domain: 'help.acme.test', ssl_settings: { cf_status: 'active', cf_verification_errors: [] } });
		const { items } = await run({ operation: 'getPortalSslStatus', portal });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${PORTALS}/acme-help/ssl_status`)]);
		expect(items.map((i) => i.json)).toEqual([{ status: 'active', verification_errors: [] }]);
	});

	test('Get Portal SSL Status on a server without the Enterprise code: the 404 explained', async () => {
		ctx.fake.state.server.enterprise = false;
		const { error, items } = await runNode({ parameters: { resource: 'helpCenter', operation: 'getPortalSslStatus', portal } as never, credential: userCredential(ctx.fake) });
		expect(items).toEqual([]);
		expect(ctx.fake.requests.map(summary)).toEqual([{ ...expectedRequest('GET', `${PORTALS}/acme-help/ssl_status`), status: 404 }]);
		expect(error?.message).toBe('Chatwoot: Not Found');
		expect(error?.description).toBe(
			'GET /api/v1/accounts/1/portals/acme-help/ssl_status is an Enterprise feature of Chatwoot: a server without the Enterprise code (the Community edition, or DISABLE_ENTERPRISE set) has no such route and answers 404.',
		);
	});
});

describe('Help Center: categories', () => {
	beforeEach(seedHelpCenter);

	test('Get Many Categories: one item per category by position; Locale filters; Limit exact', async () => {
		const all = await run({ operation: 'getAllCategories', portal, helpCenterReturnAll: true });
		const english = await run({ operation: 'getAllCategories', portal, helpCenterReturnAll: false, helpCenterLimit: 5, helpCenterCategoryFilters: { locale: 'en' } });
		const one = await run({ operation: 'getAllCategories', portal, helpCenterReturnAll: false, helpCenterLimit: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', CATEGORIES, undefined, { page: '1' }),
			expectedRequest('GET', CATEGORIES, undefined, { locale: 'en', page: '1' }),
			expectedRequest('GET', CATEGORIES, undefined, { page: '1' }),
		]);
		expect(all.items.map((i) => i.json)).toEqual([facturacion, billingCategory]);
		expect(english.items.map((i) => i.json)).toEqual([billingCategory]);
		expect(one.items.map((i) => i.json)).toEqual([facturacion]);
	});

	test('Get Category: the category, out of its payload', async () => {
		const { items } = await run({ operation: 'getCategory', portal, helpCenterCategory: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${CATEGORIES}/1`)]);
		expect(items.map((i) => i.json)).toEqual([billingCategory]);
	});

	test('Update Category: only the fields added', async () => {
		const { items } = await run({ operation: 'updateCategory', portal, helpCenterCategory: byId(1), helpCenterCategoryUpdateFields: { name: 'Payments', slug: 'payments', position: 1 } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${CATEGORIES}/1`, { name: 'Payments', slug: 'payments', position: 1 })]);
		expect(items.map((i) => i.json)).toEqual([{ ...billingCategory, name: 'Payments', slug: 'payments', position: 1 }]);
	});

	test('Delete Category: { success: true }; its articles stay without a category', async () => {
		const { items } = await run({ operation: 'deleteCategory', portal, helpCenterCategory: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${CATEGORIES}/1`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.articles.map((a) => a.category_id)).toEqual([null, null, null]);
	});

	test('Reorder Categories: ID => position pairs as positions_hash', async () => {
		const { items } = await run({ operation: 'reorderCategories', portal, helpCenterCategoryPositions: { positions: [{ id: 1, position: 1 }, { id: 2, position: 2 }] } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${CATEGORIES}/reorder`, { positions_hash: { '1': 1, '2': 2 } })]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.categories.map((c) => c.position)).toEqual([1, 2]);
	});

	test('listSearch getHelpCenterCategories: the categories of the chosen portal, with their locale', async () => {
		const found = await searchList('getHelpCenterCategories', userCredential(ctx.fake), { parameters: { portal } });
		expect(found.results).toEqual([
			{ name: 'Facturación (es)', value: 2, url: undefined },
			{ name: 'Billing (en)', value: 1, url: undefined },
		]);
		expectAllAccepted(ctx.fake);
	});
});

describe('Help Center: articles', () => {
	beforeEach(seedHelpCenter);

	test('Get Many Articles: newest change first, 25 a page; every filter goes to the query', async () => {
		const all = await run({ operation: 'getAllArticles', portal, helpCenterReturnAll: true });
		const filtered = await run({
			operation: 'getAllArticles',
			portal,
			helpCenterReturnAll: true,
			helpCenterArticleFilters: { author_id: byId(1), category_slug: 'billing', locale: 'en', query: 'refunds', status: 'published' },
		});
		const byCategory = await run({ operation: 'getAllArticles', portal, helpCenterReturnAll: true, helpCenterArticleFilters: { category_slug: 'billing', status: 'draft' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', ARTICLES, undefined, { page: '1' }),
			expectedRequest('GET', ARTICLES, undefined, { author_id: '1', category_slug: 'billing', locale: 'en', query: 'refunds', status: 'published', page: '1' }),
			expectedRequest('GET', ARTICLES, undefined, { category_slug: 'billing', status: 'draft', page: '1' }),
		]);
		expect(all.items.map((i) => i.json)).toEqual([reembolsos, invoices, refunds]);
		expect(filtered.items).toEqual([]);
		expect(byCategory.items.map((i) => i.json)).toEqual([invoices]);
	});

	test('Get Many Articles pages through 25 at a time; Limit cuts exactly', async () => {
		const { articles } = ctx.fake.state;
		for (let id = 4; id <= 30; id++) articles.push({ ...articles[0], id, slug: `a-${id}`, updated_at: UPDATED });
		const all = await run({ operation: 'getAllArticles', portal, helpCenterReturnAll: true });
		expect(ctx.fake.requests.map((r) => r.query)).toEqual([{ page: '1' }, { page: '2' }]);
		expect(all.items).toHaveLength(30);
		ctx.fake.requests.length = 0;
		const some = await run({ operation: 'getAllArticles', portal, helpCenterReturnAll: false, helpCenterLimit: 3 });
		expect(ctx.fake.requests.map((r) => r.query)).toEqual([{ page: '1' }]);
		expect(some.items.map((i) => i.json.id)).toEqual([30, 29, 28]);
	});

	test('Get Article: the article, out of its payload', async () => {
		const { items } = await run({ operation: 'getArticle', portal, helpCenterArticle: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${ARTICLES}/1`)]);
		expect(items.map((i) => i.json)).toEqual([refunds]);
	});

	test('Update Article: only the fields added; status as Chatwoot\'s number, meta built from its fields', async () => {
		const { items } = await run({
			operation: 'updateArticle',
			portal,
			helpCenterArticle: byId(2),
			helpCenterArticleUpdateFields: { title: 'Your invoices', status: 'published', author_id: byId(1), meta_tags: 'invoice, pdf' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `${ARTICLES}/2`, { title: 'Your invoices', author_id: 1, status: 1, meta: { tags: ['invoice', 'pdf'] } }),
		]);
		const { author, updated_at, ...rest } = items[0].json;
		expect(items).toHaveLength(1);
		expect(rest).toEqual({ ...invoices, title: 'Your invoices', status: 'published', meta: { tags: ['invoice', 'pdf'] }, updated_at: undefined });
		expect(updated_at).toEqual(expect.any(Number));
		expect(author).toMatchObject({ id: 1, name: 'Alice Admin', email: 'alice@acme.test' });
	});

	test('Delete Article: { success: true }', async () => {
		const { items } = await run({ operation: 'deleteArticle', portal, helpCenterArticle: byId(3) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${ARTICLES}/3`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.articles.map((a) => a.id)).toEqual([1, 2]);
	});

	test('Reorder Articles: ID => position pairs as positions_hash', async () => {
		const { items } = await run({ operation: 'reorderArticles', portal, helpCenterArticlePositions: { positions: [{ id: 2, position: 5 }] } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${ARTICLES}/reorder`, { positions_hash: { '2': 5 } })]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.articles.map((a) => a.position)).toEqual([10, 5, 10]);
	});

	test('Bulk Update Article Status: the IDs and the status name', async () => {
		const { items } = await run({ operation: 'bulkUpdateArticleStatus', portal, helpCenterArticleIds: '1, 2', helpCenterArticleBulkStatus: 'archived' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${ARTICLES}/bulk_actions/update_status`, { ids: [1, 2], status: 'archived' })]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.articles.map((a) => a.status)).toEqual(['archived', 'archived', 'published']);
	});

	test('Bulk Move Articles to Category: the IDs and the category', async () => {
		const { items } = await run({ operation: 'bulkMoveArticles', portal, helpCenterArticleIds: '3', helpCenterCategory: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${ARTICLES}/bulk_actions/update_category`, { ids: [3], category_id: 1 })]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.articles.map((a) => a.category_id)).toEqual([1, 1, 1]);
	});

	test('Bulk Delete Articles: the IDs in the body of the DELETE', async () => {
		const { items } = await run({ operation: 'bulkDeleteArticles', portal, helpCenterArticleIds: '1,3' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${ARTICLES}/bulk_actions/delete_articles`, { ids: [1, 3] })]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.articles.map((a) => a.id)).toEqual([2]);
	});

	test('Bulk actions on IDs of no article of the portal: Chatwoot\'s 422 in its words', async () => {
		const { error } = await runNode({
			parameters: { resource: 'helpCenter', operation: 'bulkDeleteArticles', portal, helpCenterArticleIds: '99' } as never,
			credential: userCredential(ctx.fake),
		});
		expect(error?.httpCode).toBe('422');
		expect(error?.message).toContain('No articles found to process');
	});

	test('Translate Articles: IDs, target locale and options; Chatwoot queues the translations', async () => {
		Object.assign(ctx.fake.state.portals[0].config, { allowed_locales: ['en', 'es'] });
		ctx.fake.state.accounts[0].features.captain_tasks = true;
		const { items } = await run({ operation: 'translateArticles', portal, helpCenterArticleIds: '1, 2', helpCenterTranslateLocale: 'es', helpCenterTranslateOptions: { category_id: 2, force: true } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${ARTICLES}/bulk_actions/translate`, { ids: [1, 2], locale: 'es', category_id: 2, force: true }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
	});

	test('Translate Articles: Chatwoot\'s 409 names the articles already translated; a Community server\'s 501 is explained', async () => {
		Object.assign(ctx.fake.state.portals[0].config, { allowed_locales: ['en', 'es'] });
		ctx.fake.state.accounts[0].features.captain_tasks = true;
		ctx.fake.state.articles[2].associated_article_id = 1;
		const parameters = { resource: 'helpCenter', operation: 'translateArticles', portal, helpCenterArticleIds: '1', helpCenterTranslateLocale: 'es' };
		const duplicate = await runNode({ parameters: parameters as never, credential: userCredential(ctx.fake) });
		expect(duplicate.error?.httpCode).toBe('409');
		expect(duplicate.error?.message).toBe('Chatwoot: these articles already have a translation in this locale: #3 "Reembolsos"');
		expect(duplicate.error?.description).toContain('Overwrite Existing Translations');

		ctx.fake.state.server.enterprise = false;
		const community = await runNode({ parameters: parameters as never, credential: userCredential(ctx.fake) });
		expect(community.error?.httpCode).toBe('501');
		expect(community.error?.description).toContain('Enterprise feature');
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([409, 501]);
		expectAllAccepted(ctx.fake);
	});

	test('listSearch getHelpCenterArticles: the articles of the chosen portal, title and status', async () => {
		const found = await searchList('getHelpCenterArticles', userCredential(ctx.fake), { parameters: { portal } });
		expect(found.results).toEqual([
			{ name: 'Reembolsos (published)', value: 3, url: undefined },
			{ name: 'Invoices (draft)', value: 2, url: undefined },
			{ name: 'Refunds (published)', value: 1, url: undefined },
		]);
		expectAllAccepted(ctx.fake);
	});
});

describe('Help Center: bad input of the new operations fails before any request, naming the field', () => {
	test.each([
		['recipient not an email', { operation: 'sendPortalDomainInstructions', portal, helpCenterInstructionsEmail: 'dns' }, /^Recipient Email: /],
		['category ID not a number', { operation: 'getCategory', portal, helpCenterCategory: byId('={{ "billing" }}') }, /^Category: must be a positive whole number/],
		['article ID not a number', { operation: 'deleteArticle', portal, helpCenterArticle: byId('={{ "refunds" }}') }, /^Article: must be a positive whole number/],
		['category slug with a slash', { operation: 'getAllArticles', portal, helpCenterReturnAll: true, helpCenterArticleFilters: { category_slug: 'a/b' } }, /^Category Slug: must be a category slug/],
		['category update without fields', { operation: 'updateCategory', portal, helpCenterCategory: byId(1), helpCenterCategoryUpdateFields: {} }, /^Update Fields: add at least one field to update$/],
		['category update slug with a slash', { operation: 'updateCategory', portal, helpCenterCategory: byId(1), helpCenterCategoryUpdateFields: { slug: 'a/b' } }, /^Slug: must be a category slug/],
		['article update without fields', { operation: 'updateArticle', portal, helpCenterArticle: byId(1), helpCenterArticleUpdateFields: {} }, /^Update Fields: add at least one field to update$/],
		['article update status unknown', { operation: 'updateArticle', portal, helpCenterArticle: byId(1), helpCenterArticleUpdateFields: { status: 'hidden' } }, /^Status: must be one of draft, published, archived/],
		['no positions', { operation: 'reorderCategories', portal, helpCenterCategoryPositions: {} }, /^Positions: add at least one category and its new position$/],
		['position ID twice', { operation: 'reorderArticles', portal, helpCenterArticlePositions: { positions: [{ id: 1, position: 1 }, { id: 1, position: 2 }] } }, /^Positions: Article ID 1 is listed twice$/],
		['position not whole', { operation: 'reorderArticles', portal, helpCenterArticlePositions: { positions: [{ id: 1, position: 1.5 }] } }, /^Positions: Position: must be a whole number/],
		['article IDs not numbers', { operation: 'bulkDeleteArticles', portal, helpCenterArticleIds: '1, two' }, /^Article IDs: must be a positive whole number/],
		['article IDs only commas', { operation: 'bulkDeleteArticles', portal, helpCenterArticleIds: ' , ' }, /^Article IDs: must name at least one article ID$/],
		['bulk status unknown', { operation: 'bulkUpdateArticleStatus', portal, helpCenterArticleIds: '1', helpCenterArticleBulkStatus: 'hidden' }, /^Status: must be one of draft, published, archived/],
		['translate without a locale', { operation: 'translateArticles', portal, helpCenterArticleIds: '1', helpCenterTranslateLocale: ' ' }, /^Target Locale: /],
		['translate category not a number', { operation: 'translateArticles', portal, helpCenterArticleIds: '1', helpCenterTranslateLocale: 'es', helpCenterTranslateOptions: { category_id: -1 } }, /^Target Category ID: must be a positive whole number/],
	])('%s', async (_name, parameters, message) => {
		const { error, items } = await runNode({ parameters: { resource: 'helpCenter', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
