'use strict';
// Help center: portals, categories, articles.

const { ok, permit, findInAccount, inAccount, requireAdmin, currentUserId } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { blank } = require('../models/user');

const PORTAL_PARAMS = ['color', 'custom_domain', 'header_text', 'homepage_link', 'name', 'page_title', 'slug', 'archived', 'config'];

function portalErrors(ctx, p) {
	const errors = [];
	if (blank(p.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	if (blank(p.slug)) errors.push({ attribute: 'slug', message: "Slug can't be blank" });
	else if (ctx.state.portals.some((o) => o.id !== p.id && o.slug === p.slug)) errors.push({ attribute: 'slug', message: 'Slug has already been taken' });
	return errors;
}

/** Portals are found by slug (the {id} of the path). */
/** By slug: `{id}` on the portal's own routes, `{portal_id}` on its categories' and articles'. */
function findPortal(ctx) {
	return findInAccount(ctx, 'portals', ctx.params.portal_id ?? ctx.params.id, 'slug');
}

function listPortals(ctx) {
	const portals = inAccount(ctx, 'portals');
	return ok({ payload: portals.map((p) => views.portal(ctx.state, p)), meta: { current_page: 1, portals_count: portals.length } });
}

/** live_chat_widget_params: a website inbox's widget, by params[:inbox_id]; other inboxes are ignored. */
function liveChatWidget(ctx) {
	if (ctx.body.inbox_id === undefined) return {};
	const inbox = findInAccount(ctx, 'inboxes', ctx.body.inbox_id);
	return inbox.channel_type === 'Channel::WebWidget' ? { channel_web_widget_id: inbox.channel_id } : {};
}

function createPortal(ctx) {
	requireAdmin(ctx);
	const p = { id: nextId(ctx.state, 'portals'), account_id: ctx.account.id, color: null, custom_domain: null, header_text: null, homepage_link: null, page_title: null, archived: false, config: { allowed_locales: ['en'], default_locale: 'en' }, ...permit(ctx.body, PORTAL_PARAMS), ...liveChatWidget(ctx), created_at: ctx.now };
	saveOrThrow(portalErrors(ctx, p));
	ctx.state.portals.push(p);
	return ok(views.portal(ctx.state, p));
}

function updatePortal(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const columns = permit(ctx.body, PORTAL_PARAMS);
	// `update!(...) if params[:portal].present?`: ParamsWrapper fills params[:portal] with columns only
	const changed = Object.keys(columns).length ? { ...p, ...columns, ...liveChatWidget(ctx) } : { ...p };
	saveOrThrow(portalErrors(ctx, changed));
	Object.assign(p, changed);
	return ok(views.portal(ctx.state, p));
}

function createCategory(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const c = { id: nextId(ctx.state, 'categories'), account_id: ctx.account.id, portal_id: p.id, locale: 'en', description: null, position: null, icon: null, ...permit(ctx.body, ['name', 'description', 'position', 'slug', 'locale', 'icon', 'icon_color', 'parent_category_id', 'associated_category_id']), created_at: ctx.now };
	const errors = [];
	if (blank(c.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	if (blank(c.slug)) errors.push({ attribute: 'slug', message: "Slug can't be blank" });
	saveOrThrow(errors);
	ctx.state.categories.push(c);
	return ok({ payload: views.category(c) });
}

function createArticle(ctx) {
	requireAdmin(ctx);
	const p = findPortal(ctx);
	const attrs = permit(ctx.body, ['title', 'slug', 'position', 'content', 'description', 'category_id', 'author_id', 'associated_article_id', 'status', 'locale', 'meta']);
	if (typeof attrs.status === 'number') attrs.status = views.ARTICLE_STATUSES[attrs.status];
	const a = { id: nextId(ctx.state, 'articles'), account_id: ctx.account.id, portal_id: p.id, status: 'draft', locale: 'en', meta: {}, author_id: currentUserId(ctx) ?? null, ...attrs, created_at: ctx.now, updated_at: ctx.now };
	if (!a.slug && a.title) a.slug = `${Date.now()}-${String(a.title).toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
	saveOrThrow(blank(a.title) ? [{ attribute: 'title', message: "Title can't be blank" }] : []);
	ctx.state.articles.push(a);
	return ok({ payload: views.article(a) });
}

module.exports = {
	handlers: {
		'get-portal': listPortals,
		'add-new-portal-to-account': createPortal,
		'update-portal-to-account': updatePortal,
		'add-new-category-to-account': createCategory,
		'add-new-article-to-account': createArticle,
	},
	findPortal,
};
