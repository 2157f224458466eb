'use strict';
// JSON shapes of the application API, after Chatwoot's jbuilder views and push_event_data
// methods (app/views/api/v1/models/*, app/views/api/v1/conversations/partials/*,
// app/models/*#push_event_data). Times: `.to_i` in views -> unix seconds; raw model
// attributes -> ISO strings.

const { iso, unix } = require('./time');
const { activeAccountUser, availableName, platformAgentBot } = require('./platform');

const byId = (list, id) => list.find((r) => r.id === id);

// ---- people ---------------------------------------------------------------------

/** api/v1/models/_contact.json.jbuilder */
function contact(state, c, withContactInboxes = false) {
	const out = {
		additional_attributes: c.additional_attributes,
		availability_status: 'offline',
		email: c.email,
		id: c.id,
		name: c.name,
		phone_number: c.phone_number,
		blocked: c.blocked,
		identifier: c.identifier,
		thumbnail: c.avatar_url,
		custom_attributes: c.custom_attributes,
		last_activity_at: unix(c.last_activity_at),
		created_at: unix(c.created_at),
	};
	if (!c.last_activity_at) delete out.last_activity_at;
	if (withContactInboxes) {
		out.contact_inboxes = state.contactInboxes.filter((ci) => ci.contact_id === c.id).map((ci) => contactInbox(state, ci));
	}
	return out;
}

/** api/v1/models/_contact_inbox.json.jbuilder */
function contactInbox(state, ci) {
	return { source_id: ci.source_id, inbox: inboxSlim(byId(state.inboxes, ci.inbox_id)) };
}

/** Contact#push_event_data (message senders, conversation meta) */
function contactEvent(c) {
	return {
		additional_attributes: c.additional_attributes,
		custom_attributes: c.custom_attributes,
		email: c.email,
		id: c.id,
		identifier: c.identifier,
		name: c.name,
		phone_number: c.phone_number,
		thumbnail: c.avatar_url,
		blocked: c.blocked,
		type: 'contact',
	};
}

/** api/v1/models/_agent.json.jbuilder, for the account's membership of the user */
function agent(state, user, accountId) {
	const au = state.accountUsers.find((x) => x.user_id === user.id && x.account_id === accountId) || activeAccountUser(state, user) || {};
	return {
		id: user.id,
		account_id: au.account_id ?? null,
		availability_status: au.availability || 'offline',
		auto_offline: au.auto_offline ?? true,
		confirmed: user.confirmed,
		email: user.email,
		available_name: availableName(user),
		name: user.name,
		role: au.role ?? null,
		thumbnail: user.avatar_url,
		custom_role_id: null,
	};
}

/** User#push_event_data */
function userEvent(user) {
	return {
		id: user.id,
		name: user.name,
		available_name: availableName(user),
		avatar_url: user.avatar_url,
		type: 'user',
		availability_status: 'online',
		thumbnail: user.avatar_url,
	};
}

/** AgentBot#push_event_data */
function botEvent(bot) {
	return { id: bot.id, name: bot.name, avatar_url: bot.avatar_url, type: 'agent_bot' };
}

function senderEvent(state, type, id) {
	if (type === 'Contact') {
		const c = byId(state.contacts, id);
		return c && contactEvent(c);
	}
	if (type === 'User') {
		const u = byId(state.users, id);
		return u && userEvent(u);
	}
	if (type === 'AgentBot') {
		const b = byId(state.agentBots, id);
		return b && botEvent(b);
	}
	return undefined;
}

// ---- inboxes --------------------------------------------------------------------

const CHANNEL_TYPES = {
	api: 'Channel::Api',
	web_widget: 'Channel::WebWidget',
	email: 'Channel::Email',
	line: 'Channel::Line',
	telegram: 'Channel::Telegram',
	whatsapp: 'Channel::Whatsapp',
	sms: 'Channel::Sms',
};

/** api/v1/models/_inbox.json.jbuilder (common fields plus those of the channel) */
function inbox(state, i) {
	const out = {
		id: i.id,
		avatar_url: i.avatar_url,
		channel_id: i.channel_id,
		name: i.name,
		channel_type: i.channel_type,
		greeting_enabled: i.greeting_enabled,
		greeting_message: i.greeting_message,
		working_hours_enabled: i.working_hours_enabled,
		enable_email_collect: i.enable_email_collect,
		csat_survey_enabled: i.csat_survey_enabled,
		enable_auto_assignment: i.enable_auto_assignment,
		auto_assignment_config: i.auto_assignment_config,
		out_of_office_message: i.out_of_office_message,
		working_hours: i.working_hours,
		timezone: i.timezone,
		callback_webhook_url: null,
		allow_messages_after_resolved: i.allow_messages_after_resolved,
		lock_to_single_conversation: i.lock_to_single_conversation,
		sender_name_type: i.sender_name_type,
		business_name: i.business_name,
	};
	if (i.channel_type === 'Channel::WebWidget') {
		Object.assign(out, {
			website_url: i.website_url,
			widget_color: i.widget_color,
			website_token: i.website_token,
			welcome_title: i.welcome_title,
			welcome_tagline: i.welcome_tagline,
			web_widget_script: `<script>window.chatwootSettings = {}; /* ${i.website_token} */</script>`,
		});
	}
	if (i.channel_type === 'Channel::Api') {
		Object.assign(out, { webhook_url: i.webhook_url, inbox_identifier: i.inbox_identifier, hmac_mandatory: i.hmac_mandatory === true });
	}
	// _inbox.json.jbuilder: the channel's own address (never its tokens or secrets)
	if (i.channel_type === 'Channel::Email') Object.assign(out, { email: i.email, provider: i.provider || null });
	if (i.channel_type === 'Channel::Sms' || i.channel_type === 'Channel::Whatsapp') Object.assign(out, { phone_number: i.phone_number, provider: i.provider || 'default' });
	return out;
}

/** api/v1/models/_inbox_slim.json.jbuilder (inside contact_inboxes) */
function inboxSlim(i) {
	if (!i) return null;
	return { id: i.id, channel_id: i.channel_id, name: i.name, channel_type: i.channel_type, provider: null };
}

// ---- conversations and messages -------------------------------------------------

const MESSAGE_TYPES = { incoming: 0, outgoing: 1, activity: 2, template: 3 };

function conversationOf(state, m) {
	return byId(state.conversations, m.conversation_id);
}

function attachmentsOf(state, m) {
	return state.attachments.filter((a) => a.message_id === m.id);
}

/** Attachment#push_event_data; data_url serves the stored bytes from the fake */
function attachment(baseUrl, a) {
	return {
		id: a.id,
		message_id: a.message_id,
		file_type: a.file_type,
		account_id: a.account_id,
		extension: a.extension,
		data_url: `${baseUrl}${a.path}`,
		thumb_url: a.file_type === 'image' ? `${baseUrl}${a.path}` : '',
		file_size: a.data.length,
		width: null,
		height: null,
	};
}

/** Message#push_event_data: the raw attributes plus a few derived ones */
function messageEvent(state, baseUrl, m) {
	const c = conversationOf(state, m);
	const data = {
		id: m.id,
		content: m.content,
		account_id: m.account_id,
		inbox_id: m.inbox_id,
		conversation_id: c ? c.display_id : null,
		message_type: MESSAGE_TYPES[m.message_type],
		created_at: unix(m.created_at),
		updated_at: iso(m.updated_at),
		private: m.private,
		status: m.status,
		source_id: m.source_id,
		content_type: m.content_type,
		content_attributes: m.content_attributes,
		sender_type: m.sender_type,
		sender_id: m.sender_id,
		external_source_ids: {},
		additional_attributes: m.additional_attributes,
		processed_message_content: m.content,
		sentiment: {},
		conversation: c ? conversationEventData(state, c) : null,
	};
	if (m.echo_id) data.echo_id = m.echo_id;
	const files = attachmentsOf(state, m);
	if (files.length) data.attachments = files.map((a) => attachment(baseUrl, a));
	const sender = senderEvent(state, m.sender_type, m.sender_id);
	if (sender) data.sender = sender;
	return data;
}

function conversationEventData(state, c) {
	const ci = byId(state.contactInboxes, c.contact_inbox_id);
	return {
		assignee_id: c.assignee_id,
		unread_count: unreadCount(state, c),
		last_activity_at: unix(c.last_activity_at),
		contact_inbox: { source_id: ci ? ci.source_id : null },
	};
}

function messagesOf(state, c) {
	return state.messages.filter((m) => m.conversation_id === c.id).sort((a, b) => a.id - b.id);
}

function unreadCount(state, c) {
	const seen = c.agent_last_seen_at ? c.agent_last_seen_at.getTime() : 0;
	return messagesOf(state, c).filter((m) => m.message_type === 'incoming' && m.created_at.getTime() > seen).length;
}

/** api/v1/conversations/partials/_conversation.json.jbuilder */
function conversation(state, baseUrl, c) {
	const theContact = byId(state.contacts, c.contact_id);
	const theInbox = byId(state.inboxes, c.inbox_id);
	const assignee = c.assignee_id ? byId(state.users, c.assignee_id) : undefined;
	const team = c.team_id ? byId(state.teams, c.team_id) : undefined;
	const ci = byId(state.contactInboxes, c.contact_inbox_id);
	const meta = {
		sender: theContact ? contact(state, theContact) : null,
		channel: theInbox ? theInbox.channel_type : null,
	};
	if (assignee) meta.assignee = agent(state, assignee, c.account_id);
	if (team) meta.team = teamView(state, team);
	meta.hmac_verified = ci ? Boolean(ci.hmac_verified) : false;
	const all = messagesOf(state, c);
	const nonActivity = all.filter((m) => m.message_type !== 'activity');
	return {
		meta,
		id: c.display_id,
		messages: all.length ? [messageEvent(state, baseUrl, all[all.length - 1])] : [],
		account_id: c.account_id,
		uuid: c.uuid,
		additional_attributes: c.additional_attributes,
		agent_last_seen_at: unix(c.agent_last_seen_at) || 0,
		assignee_last_seen_at: unix(c.assignee_last_seen_at) || 0,
		can_reply: true,
		contact_last_seen_at: unix(c.contact_last_seen_at) || 0,
		custom_attributes: c.custom_attributes,
		inbox_id: c.inbox_id,
		labels: [...c.labels],
		muted: false,
		snoozed_until: c.snoozed_until ? iso(c.snoozed_until) : null,
		status: c.status,
		created_at: unix(c.created_at),
		updated_at: c.updated_at.getTime() / 1000,
		timestamp: unix(c.last_activity_at),
		first_reply_created_at: unix(c.first_reply_created_at) || 0,
		unread_count: unreadCount(state, c),
		last_non_activity_message: nonActivity.length ? messageEvent(state, baseUrl, nonActivity[nonActivity.length - 1]) : null,
		last_activity_at: unix(c.last_activity_at),
		priority: c.priority,
		waiting_since: unix(c.waiting_since) || 0,
		sla_policy_id: c.sla_policy_id ?? null,
	};
}

// ---- account resources ----------------------------------------------------------

/** api/v1/models/_team.json.jbuilder (is_member for the current user) */
function teamView(state, t, userId) {
	return {
		id: t.id,
		name: t.name,
		description: t.description,
		allow_auto_assign: t.allow_auto_assign,
		account_id: t.account_id,
		is_member: userId !== undefined && state.teamMembers.some((tm) => tm.team_id === t.id && tm.user_id === userId),
	};
}

/** api/v1/models/_label.json.jbuilder */
function label(l) {
	return { id: l.id, title: l.title, description: l.description, color: l.color, show_on_sidebar: l.show_on_sidebar };
}

/** `render json:` of a CannedResponse: its attributes */
function cannedResponse(r) {
	return { id: r.id, account_id: r.account_id, short_code: r.short_code, content: r.content, created_at: iso(r.created_at), updated_at: iso(r.updated_at) };
}

const ATTRIBUTE_MODELS = ['conversation_attribute', 'contact_attribute'];
const ATTRIBUTE_DISPLAY_TYPES = ['text', 'number', 'currency', 'percent', 'link', 'date', 'list', 'checkbox'];

/** api/v1/models/_custom_attribute_definition.json.jbuilder */
function customAttributeDefinition(d) {
	return {
		id: d.id,
		attribute_display_name: d.attribute_display_name,
		attribute_display_type: d.attribute_display_type,
		attribute_description: d.attribute_description,
		attribute_key: d.attribute_key,
		regex_pattern: d.regex_pattern,
		regex_cue: d.regex_cue,
		attribute_values: d.attribute_values,
		attribute_model: d.attribute_model,
		default_value: d.default_value,
		created_at: iso(d.created_at),
		updated_at: iso(d.updated_at),
	};
}

/** `render json:` of a CustomFilter */
function customFilter(f) {
	return {
		id: f.id,
		name: f.name,
		filter_type: f.filter_type,
		query: f.query,
		account_id: f.account_id,
		user_id: f.user_id,
		created_at: iso(f.created_at),
		updated_at: iso(f.updated_at),
	};
}

/** api/v1/accounts/automation_rules/_automation_rule.json.jbuilder */
function automationRule(r) {
	return {
		id: r.id,
		account_id: r.account_id,
		name: r.name,
		description: r.description,
		event_name: r.event_name,
		conditions: r.conditions,
		actions: r.actions,
		created_on: unix(r.created_at),
		active: r.active,
		files: [],
	};
}

/** True when version "a.b.c" is `minimum` or later. */
function versionAtLeast(version, minimum) {
	const parts = (text) => String(text).split('.').map((part) => parseInt(part, 10) || 0);
	const [have, need] = [parts(version), parts(minimum)];
	for (let i = 0; i < need.length; i++) {
		if ((have[i] ?? 0) !== need[i]) return (have[i] ?? 0) > need[i];
	}
	return true;
}

/** Chatwoot signs agent-bot deliveries with the bot's own secret from this version on. */
const AGENT_BOT_SECRET_SINCE = '4.13.0';

/**
 * api/v1/models/_agent_bot.json.jbuilder, over the platform view the fake answered with so far:
 * a system bot (no account) hides its outgoing_url; the bot's `secret` is shown to an
 * administrator of the account, for the account's own bots, from 4.13.0 on.
 */
function accountAgentBot(state, bot, { administrator }) {
	const out = { ...platformAgentBot(bot) };
	if (bot.account_id === null) {
		delete out.outgoing_url;
		out.system_bot = true;
	} else if (administrator && versionAtLeast(state.server.version, AGENT_BOT_SECRET_SINCE)) {
		out.secret = bot.secret;
	}
	return out;
}

/** api/v1/models/_webhook.json.jbuilder; the secret is shown from 4.11.2 on (servers that sign) */
function webhook(state, w) {
	const out = {
		id: w.id,
		name: w.name,
		url: w.url,
		account_id: w.account_id,
		subscriptions: w.subscriptions,
	};
	if (versionAtLeast(state.server.version, '4.11.2')) out.secret = w.secret;
	if (w.inbox_id) {
		const i = byId(state.inboxes, w.inbox_id);
		if (i) out.inbox = { id: i.id, name: i.name };
	}
	return out;
}

/** api/v1/accounts/portals/_portal.json.jbuilder (the main fields) */
/** portals/_portal.json.jbuilder: the website inbox whose widget the portal shows */
function portalInbox(state, p) {
	const inbox = p.channel_web_widget_id && state.inboxes.find((i) => i.channel_type === 'Channel::WebWidget' && i.channel_id === p.channel_web_widget_id);
	return inbox ? { id: inbox.id, name: inbox.name, channel_type: inbox.channel_type } : null;
}

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
function accountDetail(a) {
	return {
		auto_resolve_duration: a.auto_resolve_after,
		created_at: iso(a.created_at),
		custom_attributes: a.custom_attributes,
		domain: a.domain,
		features: a.features,
		id: a.id,
		locale: a.locale,
		name: a.name,
		support_email: a.support_email,
		status: a.status,
		settings: {
			auto_resolve_after: a.auto_resolve_after,
			auto_resolve_message: a.auto_resolve_message,
			auto_resolve_ignore_waiting: a.auto_resolve_ignore_waiting,
		},
	};
}

module.exports = {
	contact,
	contactInbox,
	contactEvent,
	agent,
	userEvent,
	inbox,
	inboxSlim,
	CHANNEL_TYPES,
	attachment,
	messageEvent,
	messagesOf,
	conversation,
	teamView,
	label,
	cannedResponse,
	customAttributeDefinition,
	ATTRIBUTE_MODELS,
	ATTRIBUTE_DISPLAY_TYPES,
	customFilter,
	automationRule,
	webhook,
	accountAgentBot,
	versionAtLeast,
	AGENT_BOT_SECRET_SINCE,
	portal,
	category,
	article,
	ARTICLE_STATUSES,
	accountDetail,
};
