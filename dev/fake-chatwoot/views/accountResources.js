'use strict';
// The account and its settings: teams, labels, canned responses, custom attributes and filters, automation rules, agent bots, webhooks.

const { iso, unix } = require('./time');
const { platformAgentBot } = require('./platform');

const byId = (list, id) => list.find((r) => r.id === id);

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

module.exports = { teamView, label, cannedResponse, customAttributeDefinition, ATTRIBUTE_MODELS, ATTRIBUTE_DISPLAY_TYPES, customFilter, automationRule, webhook, accountAgentBot, versionAtLeast, AGENT_BOT_SECRET_SINCE, accountDetail };
