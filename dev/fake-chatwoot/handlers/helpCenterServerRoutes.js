'use strict';
// Help center routes the spec leaves out: read, update, delete and reorder portals, categories
// and articles, and the article bulk actions (portals_controller.rb, categories_controller.rb,
// articles_controller.rb, articles/bulk_actions_controller.rb and its Enterprise module).

const { ok, headOk, permit, inAccount, requireAdmin, pageOf, currentUserId } = require('./util');
const { notFound, saveOrThrow, unprocessable } = require('../errors');
const views = require('../views/application');
const { unix } = require('../views/time');
const { blank } = require('../models/user');
const { findPortal } = require('./helpCenter');

const CATEGORY_PARAMS = ['name', 'description', 'position', 'slug', 'locale', 'icon', 'icon_color', 'parent_category_id', 'associated_category_id'];
const ARTICLE_PARAMS = ['title', 'slug', 'position', 'content', 'description', 'category_id', 'author_id', 'associated_article_id', 'status', 'locale', 'meta'];
// Kaminari's default page size: the Article model sets none
const ARTICLES_PER_PAGE = 25;
// Limits::CATEGORIES_PER_PAGE
const CATEGORIES_PER_PAGE = 1000;

function portalRecords(ctx, collection, portal) {
	return ctx.state[collection].filter((r) => r.portal_id === portal.id);
}

/** `@portal.<collection>.find(id)` */
function findIn(ctx, collection, portal, id) {
	const record = portalRecords(ctx, collection, portal).find((r) => r.id === Number(id));
	if (!record) throw notFound();
	return record;
}

function categoryBrief(c) {
	return { id: c.id, name: c.name, slug: c.slug, locale: c.locale, description: c.description ?? null, position: c.position ?? null, account_id: c.account_id };
}

/** categories/_category.json.jbuilder */
function categoryView(ctx, c) {
	const parent = c.parent_category_id && ctx.state.categories.find((o) => o.id === c.parent_category_id);
	const root = c.associated_category_id && ctx.state.categories.find((o) => o.id === c.associated_category_id);
	return {
		...categoryBrief(c),
		icon: c.icon ?? '',
		icon_color: c.icon_color ?? null,
		related_categories: [],
		...(parent ? { parent_category: categoryBrief(parent) } : {}),
		...(root ? { root_category: categoryBrief(root) } : {}),
		meta: { articles_count: ctx.state.articles.filter((a) => a.category_id === c.id).length },
	};
}

/** articles/_article.json.jbuilder */
function articleView(ctx, a) {
	const category = a.category_id ? ctx.state.categories.find((c) => c.id === a.category_id) : undefined;
	const author = a.author_id ? ctx.state.users.find((u) => u.id === a.author_id) : undefined;
	return {
		id: a.id,
		slug: a.slug,
		title: a.title,
		content: a.content ?? null,
		description: a.description ?? null,
		status: a.status,
		position: a.position ?? null,
		account_id: a.account_id,
		updated_at: unix(a.updated_at),
		meta: a.meta ?? {},
		category: {
			id: a.category_id ?? null,
			name: category ? category.name : null,
			slug: category ? category.slug : null,
			locale: category ? category.locale : null,
			icon: category ? category.icon ?? '' : null,
			icon_color: category ? category.icon_color ?? null : null,
		},
		views: a.views ?? null,
		...(author ? { author: views.agent(ctx.state, author, a.account_id) } : {}),
		associated_articles: ctx.state.articles.filter((o) => o.associated_article_id === a.id).map((o) => ({ id: o.id, title: o.title })),
	};
}

// ---- portals ----------------------------------------------------------------------

function showPortal(ctx) {
	const p = findPortal(ctx);
	const view = views.portal(ctx.state, p);
	// portals_controller.rb:14 counts the articles of params[:locale] only
	const articles = portalRecords(ctx, 'articles', p).filter((a) => !ctx.query.locale || a.locale === ctx.query.locale);
	return ok({ ...view, meta: { ...view.meta, all_articles_count: articles.length } });
}

function destroyPortal(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	ctx.state.portals = ctx.state.portals.filter((o) => o !== p);
	ctx.state.categories = ctx.state.categories.filter((c) => c.portal_id !== p.id);
	ctx.state.articles = ctx.state.articles.filter((a) => a.portal_id !== p.id);
	return headOk();
}

function deleteLogo(ctx) {
	requireAdmin(ctx);
	findPortal(ctx).logo = null;
	return headOk();
}

function sendInstructions(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const email = ctx.body.email;
	if (blank(email)) throw unprocessable('Email is required');
	if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(email))) throw unprocessable('Invalid email format');
	if (blank(p.custom_domain)) throw unprocessable('Custom domain is not configured');
	return ok({ message: 'Instructions sent successfully' });
}

/** Enterprise: what Cloudflare last reported for the custom domain (portal.ssl_settings). */
function sslStatus(ctx) {
	const p = findPortal(ctx);
	if (blank(p.custom_domain)) throw unprocessable('Custom domain is not configured');
	const ssl = p.ssl_settings || {};
	return ok({ status: ssl.cf_status ?? null, verification_errors: ssl.cf_verification_errors ?? null });
}

// ---- categories -------------------------------------------------------------------

function categoryErrors(c) {
	const errors = [];
	if (blank(c.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	if (blank(c.slug)) errors.push({ attribute: 'slug', message: "Slug can't be blank" });
	return errors;
}

function listCategories(ctx) {
	const p = findPortal(ctx);
	const all = portalRecords(ctx, 'categories', p)
		.filter((c) => !ctx.query.locale || c.locale === ctx.query.locale)
		.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
	const page = pageOf(all, ctx.query.page, CATEGORIES_PER_PAGE);
	return ok({ payload: page.map((c) => categoryView(ctx, c)), meta: { current_page: ctx.query.page ?? 1, categories_count: page.length } });
}

function showCategory(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	return ok({ payload: categoryView(ctx, findIn(ctx, 'categories', p, ctx.params.id)) });
}

function updateCategory(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const c = findIn(ctx, 'categories', p, ctx.params.id);
	const changed = { ...c, ...permit(ctx.body, CATEGORY_PARAMS) };
	saveOrThrow(categoryErrors(changed));
	Object.assign(c, changed);
	return ok({ payload: categoryView(ctx, c) });
}

function destroyCategory(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const c = findIn(ctx, 'categories', p, ctx.params.id);
	ctx.state.categories = ctx.state.categories.filter((o) => o !== c);
	// has_many :articles, dependent: :nullify
	for (const a of ctx.state.articles) if (a.category_id === c.id) a.category_id = null;
	return headOk();
}

/** Category/Article.update_positions: each id found in the portal (404 otherwise), in one transaction. */
function reorder(collection) {
	return (ctx) => {
		requireAdmin(ctx);
		const p = findPortal(ctx);
		const hash = ctx.body.positions_hash || {};
		const records = Object.keys(hash).map((id) => findIn(ctx, collection, p, id));
		records.forEach((r) => (r.position = Number(hash[r.id])));
		return headOk();
	};
}

// ---- articles ---------------------------------------------------------------------

/** Article.search without status and author (the counts of the list's meta), then with them. */
function listArticles(ctx) {
	const p = findPortal(ctx);
	const q = ctx.query;
	const categorySlugOf = (a) => (ctx.state.categories.find((c) => c.id === a.category_id) || {}).slug;
	const words = q.query ? String(q.query).toLowerCase().split(/\s+/).filter(Boolean) : [];
	const base = portalRecords(ctx, 'articles', p)
		.filter((a) => !q.category_slug || categorySlugOf(a) === q.category_slug)
		.filter((a) => !q.locale || a.locale === q.locale)
		.filter((a) => words.every((w) => [a.title, a.description, a.content].some((t) => String(t ?? '').toLowerCase().includes(w))));
	const found = base.filter((a) => (!q.status || a.status === q.status) && (!q.author_id || a.author_id === Number(q.author_id)));
	const sorted = q.category_slug
		? found.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity))
		: found.sort((a, b) => String(b.updated_at).localeCompare(String(a.updated_at)) || b.id - a.id);
	const count = (status) => base.filter((a) => a.status === status).length;
	return ok({
		payload: pageOf(sorted, q.page, ARTICLES_PER_PAGE).map((a) => articleView(ctx, a)),
		meta: {
			all_articles_count: portalRecords(ctx, 'articles', p).length,
			archived_articles_count: count('archived'),
			articles_count: base.length,
			current_page: q.page ?? 1,
			draft_articles_count: count('draft'),
			mine_articles_count: base.filter((a) => a.author_id === currentUserId(ctx)).length,
			published_count: count('published'),
		},
	});
}

function showArticle(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	return ok({ payload: articleView(ctx, findIn(ctx, 'articles', p, ctx.params.id)) });
}

function updateArticle(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const a = findIn(ctx, 'articles', p, ctx.params.id);
	const attrs = permit(ctx.body, ARTICLE_PARAMS);
	// a Rails enum takes the name or the number
	if (typeof attrs.status === 'number') attrs.status = views.ARTICLE_STATUSES[attrs.status];
	const changed = { ...a, ...attrs, updated_at: ctx.now };
	const errors = [];
	if (blank(changed.title)) errors.push({ attribute: 'title', message: "Title can't be blank" });
	if (changed.status === 'published' && blank(changed.content)) errors.push({ attribute: 'content', message: "Content can't be blank" });
	saveOrThrow(errors);
	Object.assign(a, changed);
	return ok({ payload: articleView(ctx, a) });
}

function destroyArticle(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const a = findIn(ctx, 'articles', p, ctx.params.id);
	ctx.state.articles = ctx.state.articles.filter((o) => o !== a);
	return headOk();
}

// ---- article bulk actions (authorize(Article, :create?): administrators) ------------

/** `@portal.articles.where(id: params[:ids])`; none is Chatwoot's 422. */
function bulkArticles(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const ids = (Array.isArray(ctx.body.ids) ? ctx.body.ids : []).map(Number);
	const articles = portalRecords(ctx, 'articles', p).filter((a) => ids.includes(a.id));
	return { portal: p, articles };
}

const NO_ARTICLES = 'No articles found to process';

function bulkUpdateStatus(ctx) {
	const { articles } = bulkArticles(ctx);
	if (articles.length === 0) throw unprocessable(NO_ARTICLES);
	if (!views.ARTICLE_STATUSES.includes(ctx.body.status)) throw unprocessable('Invalid status value');
	for (const a of articles) Object.assign(a, { status: ctx.body.status, updated_at: ctx.now });
	return headOk();
}

function bulkUpdateCategory(ctx) {
	const { portal, articles } = bulkArticles(ctx);
	if (articles.length === 0) throw unprocessable(NO_ARTICLES);
	if (!portalRecords(ctx, 'categories', portal).some((c) => c.id === Number(ctx.body.category_id))) {
		throw unprocessable('Category not found in this portal');
	}
	for (const a of articles) Object.assign(a, { category_id: Number(ctx.body.category_id), updated_at: ctx.now });
	return headOk();
}

function bulkDelete(ctx) {
	const { articles } = bulkArticles(ctx);
	if (articles.length === 0) throw unprocessable(NO_ARTICLES);
	ctx.state.articles = ctx.state.articles.filter((a) => !articles.includes(a));
	return headOk();
}

/**
 * Enterprise module: Captain translates in the background; the fake records the queued jobs in
 * state.articleTranslations. Without the Enterprise code the action is `head :not_implemented`.
 */
function bulkTranslate(ctx) {
	if (!ctx.state.server.enterprise) return { status: 501, head: true };
	const { portal, articles } = bulkArticles(ctx);
	const locale = ctx.body.locale;
	if (!ctx.account.features || ctx.account.features.captain_tasks !== true) throw unprocessable('Translation requires Captain to be enabled for this account');
	if (!((portal.config && portal.config.allowed_locales) || []).includes(locale)) throw unprocessable('Locale not available in this portal');
	if (ctx.body.category_id !== undefined && !portalRecords(ctx, 'categories', portal).some((c) => c.id === Number(ctx.body.category_id) && c.locale === locale)) {
		throw unprocessable('Category not found in this portal');
	}
	if (articles.length === 0) throw unprocessable(NO_ARTICLES);
	const roots = articles.map((a) => a.associated_article_id || a.id);
	const duplicates = portalRecords(ctx, 'articles', portal).filter((a) => roots.includes(a.associated_article_id) && a.locale === locale);
	if (duplicates.length && !(ctx.body.force === true || ctx.body.force === 'true')) {
		return { status: 409, body: { duplicate_articles: duplicates.map((a) => ({ id: a.id, title: a.title })) } };
	}
	ctx.state.articleTranslations ??= [];
	for (const a of articles) ctx.state.articleTranslations.push({ article_id: a.id, locale, category_id: ctx.body.category_id ?? null });
	return headOk();
}

module.exports = {
	handlers: {
		'api/v1/accounts/portals#show': showPortal,
		'api/v1/accounts/portals#destroy': destroyPortal,
		'api/v1/accounts/portals#logo': deleteLogo,
		'api/v1/accounts/portals#send_instructions': sendInstructions,
		'api/v1/accounts/portals#ssl_status': sslStatus,
		'api/v1/accounts/categories#index': listCategories,
		'api/v1/accounts/categories#show': showCategory,
		'api/v1/accounts/categories#update': updateCategory,
		'api/v1/accounts/categories#destroy': destroyCategory,
		'api/v1/accounts/categories#reorder': reorder('categories'),
		'api/v1/accounts/articles#index': listArticles,
		'api/v1/accounts/articles#show': showArticle,
		'api/v1/accounts/articles#update': updateArticle,
		'api/v1/accounts/articles#destroy': destroyArticle,
		'api/v1/accounts/articles#reorder': reorder('articles'),
		'api/v1/accounts/articles/bulk_actions#update_status': bulkUpdateStatus,
		'api/v1/accounts/articles/bulk_actions#update_category': bulkUpdateCategory,
		'api/v1/accounts/articles/bulk_actions#delete_articles': bulkDelete,
		'api/v1/accounts/articles/bulk_actions#translate': bulkTranslate,
	},
};
