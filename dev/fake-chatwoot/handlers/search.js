'use strict';
// Search (Api::V1::Accounts::SearchController + SearchService, views search/*) and
// ConversationsController#search (ConversationFinder with q, view conversations/search).

const { ok, inAccount, isAdmin, currentUserId, pageOf } = require('./util');
const { visibleConversations, sortConversations } = require('./conversations');
const views = require('../views/application');
const { unix } = require('../views/time');

const PER_PAGE = 15; // SearchService: `.page(params[:page]).per(15)`
const FINDER_PER_PAGE = 25; // ConversationFinder
const DAY = 24 * 60 * 60 * 1000;

const byId = (list, id) => list.find((r) => r.id === id);

/** `ILIKE '%term%'` */
function like(value, term) {
	return value !== null && value !== undefined && String(value).toLowerCase().includes(term.toLowerCase());
}

function termOf(ctx) {
	return String(ctx.query.q ?? '').trim();
}

// ---- views (search/_*.json.jbuilder) -----------------------------------------------

function contactView(c) {
	return {
		email: c.email,
		id: c.id,
		name: c.name,
		phone_number: c.phone_number,
		identifier: c.identifier,
		additional_attributes: c.additional_attributes,
		last_activity_at: unix(c.last_activity_at),
	};
}

/** api/v1/models/_message.json.jbuilder */
function messageView(ctx, m) {
	const { state } = ctx;
	const event = views.messageEvent(state, ctx.baseUrl, m);
	const out = { id: m.id, content: m.content, inbox_id: m.inbox_id };
	if (m.echo_id) out.echo_id = m.echo_id;
	Object.assign(out, {
		conversation_id: event.conversation_id,
		message_type: event.message_type,
		content_type: m.content_type,
		status: m.status,
		content_attributes: m.content_attributes,
		created_at: unix(m.created_at),
		private: m.private,
		source_id: m.source_id,
	});
	if (event.sender) out.sender = event.sender;
	if (event.attachments) out.attachments = event.attachments;
	return out;
}

function conversationView(ctx, c, { withAttributes }) {
	const { state } = ctx;
	const first = state.messages.filter((m) => m.conversation_id === c.id).sort((a, b) => a.id - b.id)[0];
	const contact = byId(state.contacts, c.contact_id);
	const inbox = byId(state.inboxes, c.inbox_id);
	const agent = c.assignee_id ? byId(state.users, c.assignee_id) : undefined;
	const au = agent && state.accountUsers.find((x) => x.user_id === agent.id && x.account_id === c.account_id);
	const out = {
		id: c.display_id,
		account_id: c.account_id,
		created_at: unix(c.created_at),
		message: first ? messageView(ctx, first) : {},
		contact: contact ? contactView(contact) : {},
		inbox: inbox ? { id: inbox.id, channel_id: inbox.channel_id, name: inbox.name, channel_type: inbox.channel_type } : {},
		agent: agent ? { id: agent.id, available_name: agent.display_name || agent.name, email: agent.email, name: agent.name, role: au ? au.role : null } : {},
	};
	// search/conversations.json.jbuilder adds it; the global search's partial does not
	if (withAttributes) out.additional_attributes = c.additional_attributes;
	return out;
}

function articleView(state, a) {
	const portal = byId(state.portals, a.portal_id);
	const category = a.category_id ? byId(state.categories, a.category_id) : undefined;
	return {
		id: a.id,
		title: a.title,
		locale: a.locale,
		content: a.content,
		slug: a.slug,
		portal_slug: portal ? portal.slug : null,
		account_id: a.account_id,
		category_name: category ? category.name : null,
		status: a.status,
		updated_at: unix(a.updated_at),
	};
}

// ---- SearchService ------------------------------------------------------------------

/** The caller's inboxes (User#assigned_inboxes: all of them for administrators). */
function accessibleInboxIds(ctx) {
	if (isAdmin(ctx)) return new Set(inAccount(ctx, 'inboxes').map((i) => i.id));
	const userId = currentUserId(ctx);
	return new Set(ctx.state.inboxMembers.filter((m) => m.user_id === userId).map((m) => m.inbox_id));
}

function conversations(ctx) {
	const term = termOf(ctx);
	const inboxes = accessibleInboxIds(ctx);
	const found = inAccount(ctx, 'conversations')
		.filter((c) => inboxes.has(c.inbox_id))
		.filter((c) => {
			const contact = byId(ctx.state.contacts, c.contact_id) || {};
			return like(c.display_id, term) || ['name', 'email', 'phone_number', 'identifier'].some((key) => like(contact[key], term));
		})
		.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
	return pageOf(found, ctx.query.page, PER_PAGE);
}

function contacts(ctx) {
	const term = termOf(ctx);
	const found = inAccount(ctx, 'contacts')
		.filter((c) => ['name', 'email', 'phone_number', 'identifier'].some((key) => like(c[key], term)))
		// resolved_contacts: with an email, phone number or identifier
		.filter((c) => c.email || c.phone_number || c.identifier)
		.sort((a, b) => (b.last_activity_at || 0) - (a.last_activity_at || 0) || b.id - a.id);
	return pageOf(found, ctx.query.page, PER_PAGE);
}

function messages(ctx) {
	const term = termOf(ctx);
	const since = ctx.now.getTime() - 90 * DAY;
	const inboxes = accessibleInboxIds(ctx);
	const found = inAccount(ctx, 'messages')
		.filter((m) => m.created_at.getTime() >= since && (isAdmin(ctx) || inboxes.has(m.inbox_id)) && like(m.content, term))
		.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
	return pageOf(found, ctx.query.page, PER_PAGE);
}

function articles(ctx) {
	const term = termOf(ctx);
	const found = inAccount(ctx, 'articles').filter((a) => like(a.title, term) || like(a.content, term) || like(a.description, term));
	return pageOf(found, ctx.query.page, PER_PAGE);
}

const render = {
	conversations: (ctx, { withAttributes }) => conversations(ctx).map((c) => conversationView(ctx, c, { withAttributes })),
	contacts: (ctx) => contacts(ctx).map(contactView),
	messages: (ctx) => messages(ctx).map((m) => messageView(ctx, m)),
	articles: (ctx) => articles(ctx).map((a) => articleView(ctx.state, a)),
};

function searchAll(ctx) {
	const options = { withAttributes: false };
	return ok({ payload: Object.fromEntries(['conversations', 'contacts', 'messages', 'articles'].map((kind) => [kind, render[kind](ctx, options)])) });
}

const searchKind = (kind) => (ctx) => ok({ payload: { [kind]: render[kind](ctx, { withAttributes: true }) } });

// ---- ConversationsController#search -----------------------------------------------

/** ConversationFinder with q: any status, an incoming or outgoing message containing q. */
function conversationsByMessage(ctx) {
	const term = String(ctx.query.q ?? '');
	const list = visibleConversations(ctx).filter((c) =>
		ctx.state.messages.some((m) => m.conversation_id === c.id && ['incoming', 'outgoing'].includes(m.message_type) && like(m.content, term)),
	);
	const me = currentUserId(ctx);
	const unassigned = list.filter((c) => !c.assignee_id).length;
	const page = pageOf(sortConversations(list), ctx.query.page, FINDER_PER_PAGE);
	return ok({
		meta: { mine_count: list.filter((c) => me !== undefined && c.assignee_id === me).length, unassigned_count: unassigned, all_count: list.length },
		payload: page.map((c) => views.conversation(ctx.state, ctx.baseUrl, c)),
	});
}

module.exports = {
	handlers: {
		'api/v1/accounts/search#index': searchAll,
		'api/v1/accounts/search#conversations': searchKind('conversations'),
		'api/v1/accounts/search#contacts': searchKind('contacts'),
		'api/v1/accounts/search#messages': searchKind('messages'),
		'api/v1/accounts/search#articles': searchKind('articles'),
		'api/v1/accounts/conversations#search': conversationsByMessage,
	},
};
