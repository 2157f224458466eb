/** Help Center: portals, categories and articles, through n8n-core's engine against the fake. */
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
