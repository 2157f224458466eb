'use strict';
// Help center: portals, categories, articles.

const { unix } = require('./time');

/** portals/_portal.json.jbuilder: the website inbox whose widget the portal shows */
function portalInbox(state, p) {
	const inbox = p.channel_web_widget_id && state.inboxes.find((i) => i.channel_type === 'Channel::WebWidget' && i.channel_id === p.channel_web_widget_id);
	return inbox ? { id: inbox.id, name: inbox.name, channel_type: inbox.channel_type } : null;
}

/** api/v1/accounts/portals/_portal.json.jbuilder (the main fields) */
function portal(state, p) {
	return {
		id: p.id,
		color: p.color,
		custom_domain: p.custom_domain,
		header_text: p.header_text,
		homepage_link: p.homepage_link,
		name: p.name,
		page_title: p.page_title,
		slug: p.slug,
		archived: p.archived,
		account_id: p.account_id,
		config: p.config,
		inbox: portalInbox(state, p),
		logo: null,
		meta: {
			all_articles_count: state.articles.filter((a) => a.portal_id === p.id).length,
			categories_count: state.categories.filter((c) => c.portal_id === p.id).length,
			default_locale: (p.config && p.config.default_locale) || 'en',
		},
	};
}

function category(c) {
	return {
		id: c.id,
		name: c.name,
		slug: c.slug,
		locale: c.locale,
		description: c.description,
		position: c.position,
		account_id: c.account_id,
		portal_id: c.portal_id,
		icon: c.icon,
		icon_color: c.icon_color ?? null,
		parent_category_id: c.parent_category_id ?? null,
		associated_category_id: c.associated_category_id ?? null,
		meta: { articles_count: 0 },
	};
}

const ARTICLE_STATUSES = ['draft', 'published', 'archived'];

function article(a) {
	return {
		id: a.id,
		slug: a.slug,
		title: a.title,
		content: a.content,
		description: a.description,
		status: a.status,
		position: a.position,
		account_id: a.account_id,
		locale: a.locale,
		meta: a.meta,
		category: a.category_id ? { id: a.category_id } : null,
		portal_id: a.portal_id,
		author_id: a.author_id,
		views: 0,
		updated_at: unix(a.updated_at),
	};
}

/** api/v1/models/_account.json.jbuilder (application API account) */

module.exports = { portal, category, article, ARTICLE_STATUSES };
