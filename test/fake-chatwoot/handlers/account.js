'use strict';
// Account-level resources of the application API: the account itself, agents, agent bots,
// inboxes and their members, teams and their members, labels, canned responses, custom
// attribute definitions, custom filters, automation rules, webhooks and help-center portals.

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin, isAdmin, currentUserId } = require('./util');
const { saveOrThrow, notFound } = require('../errors');
const { nextId, newUser, newAccountUser, newAgentBot, secureToken } = require('../state');
const { newInbox } = require('../seed');
const views = require('../views/application');
const platformViews = require('../views/platform');
const { normalizeEmail, blank } = require('../models/user');
const { SERVER_WEBHOOK_EVENTS } = require('../spec');
const { CHANNEL_ATTRS, CHANNEL_CLASSES } = require('../permits');

// ---- account --------------------------------------------------------------------

function getAccount(ctx) {
	return ok({ ...views.accountDetail(ctx.account), latest_chatwoot_version: '4.11.2', subscribed_features: [] });
}

function updateAccount(ctx) {
	requireAdmin(ctx);
	const a = ctx.account;
	const attrs = permit(ctx.body, ['name', 'locale', 'domain', 'support_email', 'auto_resolve_after', 'auto_resolve_message', 'auto_resolve_ignore_waiting']);
	saveOrThrow(blank(attrs.name ?? a.name) ? [{ attribute: 'name', message: "Name can't be blank" }] : []);
	Object.assign(a, attrs, { updated_at: ctx.now });
	// industry, company_size and timezone live in custom_attributes
	const custom = permit(ctx.body, ['industry', 'company_size', 'timezone']);
	a.custom_attributes = { ...a.custom_attributes, ...custom };
	return ok(views.accountDetail(a));
}

// ---- agents ---------------------------------------------------------------------

function accountAgents(ctx) {
	return ctx.state.accountUsers
		.filter((au) => au.account_id === ctx.account.id)
		.map((au) => ctx.state.users.find((u) => u.id === au.user_id))
		.filter(Boolean);
}

function findAgent(ctx, id) {
	const agent = accountAgents(ctx).find((u) => u.id === Number(id));
	if (!agent) throw notFound();
	return agent;
}

const agentView = (ctx, user) => views.agent(ctx.state, user, ctx.account.id);

function listAgents(ctx) {
	return ok(accountAgents(ctx).map((u) => agentView(ctx, u)));
}

/** AgentBuilder: an existing user (by email) joins the account, else a new user is made. */
function addAgent(ctx) {
	requireAdmin(ctx);
	const email = normalizeEmail(ctx.body.email);
	let user = ctx.state.users.find((u) => u.email === email);
	if (!user) {
		user = newUser(ctx.state, { name: ctx.body.name, email, password: secureToken() }, ctx.now);
		user.confirmed = false;
		ctx.state.users.push(user);
	}
	let au = ctx.state.accountUsers.find((x) => x.account_id === ctx.account.id && x.user_id === user.id);
	if (!au) {
		au = newAccountUser(ctx.state, { account_id: ctx.account.id, user_id: user.id, inviter_id: currentUserId(ctx) }, ctx.now);
		ctx.state.accountUsers.push(au);
	}
	applyAgentSettings(au, ctx.body);
	return ok(agentView(ctx, user));
}

function applyAgentSettings(au, body) {
	if (body.role) au.role = body.role;
	// AgentsController permits `availability`; the spec's `availability_status` is dropped.
	if (body.availability) au.availability = body.availability;
	if (body.auto_offline !== undefined) au.auto_offline = body.auto_offline;
}

function updateAgent(ctx) {
	requireAdmin(ctx);
	const agent = findAgent(ctx, ctx.params.id);
	applyAgentSettings(ctx.state.accountUsers.find((x) => x.account_id === ctx.account.id && x.user_id === agent.id), ctx.body);
	return ok(agentView(ctx, agent));
}

function deleteAgent(ctx) {
	requireAdmin(ctx);
	const agent = findAgent(ctx, ctx.params.id);
	ctx.state.accountUsers = ctx.state.accountUsers.filter((x) => !(x.account_id === ctx.account.id && x.user_id === agent.id));
	return headOk();
}

// ---- account agent bots ---------------------------------------------------------

const BOT_PARAMS = ['name', 'description', 'outgoing_url', 'avatar_url', 'bot_config'];

/** The account's bots plus the global ones (account_id nil). */
function accountBots(ctx) {
	return ctx.state.agentBots.filter((b) => b.account_id === ctx.account.id || b.account_id === null);
}

const botView = (ctx, bot) => views.accountAgentBot(ctx.state, bot, { administrator: isAdmin(ctx) });

function findBot(ctx, id) {
	const bot = accountBots(ctx).find((b) => b.id === Number(id));
	if (!bot) throw notFound();
	return bot;
}

function listBots(ctx) {
	return ok(accountBots(ctx).map((bot) => botView(ctx, bot)));
}

function createBot(ctx) {
	requireAdmin(ctx);
	const bot = newAgentBot(ctx.state, { ...permit(ctx.body, BOT_PARAMS), account_id: ctx.account.id }, ctx.now);
	if (ctx.body.bot_config) bot.bot_config = ctx.body.bot_config;
	ctx.state.agentBots.push(bot);
	return ok(botView(ctx, bot));
}

function showBot(ctx) {
	return ok(botView(ctx, findBot(ctx, ctx.params.id)));
}

function updateBot(ctx) {
	requireAdmin(ctx);
	const bot = findBot(ctx, ctx.params.id);
	Object.assign(bot, permit(ctx.body, BOT_PARAMS), { updated_at: ctx.now });
	return ok(botView(ctx, bot));
}

function deleteBot(ctx) {
	requireAdmin(ctx);
	const bot = findBot(ctx, ctx.params.id);
	ctx.state.agentBots = ctx.state.agentBots.filter((b) => b !== bot);
	return headOk();
}

// ---- inboxes --------------------------------------------------------------------

const INBOX_PARAMS = [
	'name',
	'greeting_enabled',
	'greeting_message',
	'enable_email_collect',
	'csat_survey_enabled',
	'enable_auto_assignment',
	'working_hours_enabled',
	'out_of_office_message',
	'timezone',
	'allow_messages_after_resolved',
	'lock_to_single_conversation',
	'sender_name_type',
	'business_name',
	'portal_id',
];
// Channel::<Type>::EDITABLE_ATTRS by channel class; hashes kept whole
const CHANNEL_PARAMS = Object.fromEntries(
	Object.entries(CHANNEL_CLASSES).map(([cls, type]) => [cls, CHANNEL_ATTRS[type].map((attr) => attr.replace(/[{}[\]]/g, ''))]),
);
// What each channel model validates as present (app/models/channel/*.rb, db/schema.rb)
const CHANNEL_REQUIRED = {
	'Channel::WebWidget': ['website_url'],
	'Channel::Email': ['email'],
	'Channel::Line': ['line_channel_id', 'line_channel_secret', 'line_channel_token'],
	'Channel::Sms': ['phone_number'],
	'Channel::Telegram': ['bot_token'],
	'Channel::Whatsapp': ['phone_number'],
};
// Inbox::OFFISABLE_ATTRS: working_hours[] rows replace the stored row of their weekday
const HOURS_PARAMS = ['day_of_week', 'closed_all_day', 'open_hour', 'open_minutes', 'close_hour', 'close_minutes', 'open_all_day'];

/** Agents see the inboxes they are members of. */
function visibleInboxes(ctx) {
	const all = inAccount(ctx, 'inboxes');
	if (ctx.principal.kind !== 'user' || (ctx.accountUser && ctx.accountUser.role === 'administrator')) return all;
	return all.filter((i) => ctx.state.inboxMembers.some((m) => m.inbox_id === i.id && m.user_id === ctx.principal.user.id));
}

function inboxView(ctx, inbox) {
	return views.inbox(ctx.state, inbox);
}

function listInboxes(ctx) {
	return ok({ payload: visibleInboxes(ctx).map((i) => inboxView(ctx, i)) });
}

function inboxErrors(inbox) {
	const errors = [];
	if (blank(inbox.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	for (const attribute of CHANNEL_REQUIRED[inbox.channel_type] || []) {
		if (blank(inbox[attribute])) errors.push({ attribute, message: `${attribute[0].toUpperCase()}${attribute.slice(1).replace(/_/g, ' ')} can't be blank` });
	}
	return errors;
}

function createInbox(ctx) {
	requireAdmin(ctx);
	const channel = ctx.body.channel || {};
	const channelType = views.CHANNEL_TYPES[channel.type] || 'Channel::Api';
	const channelAttrs = permit(channel, CHANNEL_PARAMS[channelType]);
	const inbox = newInbox(ctx.state, { account_id: ctx.account.id, channel_type: channelType, ...channelAttrs }, ctx.now);
	Object.assign(inbox, channelAttrs, permit(ctx.body, INBOX_PARAMS));
	saveOrThrow(inboxErrors(inbox));
	ctx.state.inboxes.push(inbox);
	return ok(inboxView(ctx, inbox));
}

function findInbox(ctx, id) {
	const inbox = visibleInboxes(ctx).find((i) => i.id === Number(id));
	if (!inbox) throw notFound();
	return inbox;
}

function getInbox(ctx) {
	return ok(inboxView(ctx, findInbox(ctx, ctx.params.id)));
}

function updateInbox(ctx) {
	requireAdmin(ctx);
	const inbox = findInbox(ctx, ctx.params.id);
	const changed = { ...inbox, ...permit(ctx.body, INBOX_PARAMS), ...permit(ctx.body.channel || {}, CHANNEL_PARAMS[inbox.channel_type]), updated_at: ctx.now };
	if (Array.isArray(ctx.body.working_hours)) changed.working_hours = mergeWorkingHours(inbox.working_hours || [], ctx.body.working_hours);
	saveOrThrow(inboxErrors(changed));
	Object.assign(inbox, changed);
	return ok(inboxView(ctx, inbox));
}

function mergeWorkingHours(stored, rows) {
	const byDay = new Map(stored.map((row) => [row.day_of_week, row]));
	for (const row of rows) byDay.set(row.day_of_week, { ...byDay.get(row.day_of_week), ...permit(row, HOURS_PARAMS) });
	return [...byDay.values()].sort((a, b) => a.day_of_week - b.day_of_week);
}

function inboxAgentBot(ctx) {
	const inbox = findInbox(ctx, ctx.params.id);
	const link = ctx.state.agentBotInboxes.find((abi) => abi.inbox_id === inbox.id);
	const bot = link && ctx.state.agentBots.find((b) => b.id === link.agent_bot_id);
	return ok({ agent_bot: bot ? platformViews.platformAgentBot(bot) : null });
}

function setInboxAgentBot(ctx) {
	requireAdmin(ctx);
	const inbox = findInbox(ctx, ctx.params.id);
	ctx.state.agentBotInboxes = ctx.state.agentBotInboxes.filter((abi) => abi.inbox_id !== inbox.id);
	if (ctx.body.agent_bot) {
		const bot = findBot(ctx, ctx.body.agent_bot);
		ctx.state.agentBotInboxes.push({ id: nextId(ctx.state, 'agentBotInboxes'), inbox_id: inbox.id, agent_bot_id: bot.id, account_id: ctx.account.id });
	}
	return headOk();
}

function inboxAgents(ctx, inbox) {
	const ids = ctx.state.inboxMembers.filter((m) => m.inbox_id === inbox.id).map((m) => m.user_id);
	return accountAgents(ctx).filter((u) => ids.includes(u.id));
}

function agentIdsOrThrow(ctx, ids) {
	const known = accountAgents(ctx).map((u) => u.id);
	const unknown = ids.filter((id) => !known.includes(id));
	// an id that is not an agent of the account: Current.account.users.find raises
	if (unknown.length) throw notFound();
	return ids;
}

function inboxMembers(ctx) {
	const inbox = findInbox(ctx, ctx.params.inbox_id);
	return ok({ payload: inboxAgents(ctx, inbox).map((u) => agentView(ctx, u)) });
}

function setInboxMembers(ctx, mode) {
	requireAdmin(ctx);
	const inbox = findInbox(ctx, ctx.body.inbox_id);
	const ids = agentIdsOrThrow(ctx, ctx.body.user_ids);
	const s = ctx.state;
	if (mode === 'replace' || mode === 'remove') s.inboxMembers = s.inboxMembers.filter((m) => m.inbox_id !== inbox.id || (mode === 'remove' && !ids.includes(m.user_id)));
	if (mode !== 'remove') {
		for (const id of ids) {
			if (!s.inboxMembers.some((m) => m.inbox_id === inbox.id && m.user_id === id)) s.inboxMembers.push({ id: nextId(s, 'inboxMembers'), inbox_id: inbox.id, user_id: id });
		}
	}
	if (mode === 'remove') return headOk();
	return ok({ payload: inboxAgents(ctx, inbox).map((u) => agentView(ctx, u)) });
}

// ---- teams ----------------------------------------------------------------------

function teamErrors(ctx, team) {
	const errors = [];
	if (blank(team.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	else if (inAccount(ctx, 'teams').some((t) => t.id !== team.id && t.name === team.name)) errors.push({ attribute: 'name', message: 'Name has already been taken' });
	return errors;
}

const teamView = (ctx, team) => views.teamView(ctx.state, team, currentUserId(ctx));

function listTeams(ctx) {
	return ok(inAccount(ctx, 'teams').map((t) => teamView(ctx, t)));
}

function saveTeam(ctx, team) {
	// team names are stored downcased
	if (typeof team.name === 'string') team.name = team.name.toLowerCase();
	saveOrThrow(teamErrors(ctx, team));
	return team;
}

function createTeam(ctx) {
	requireAdmin(ctx);
	const team = saveTeam(ctx, { id: nextId(ctx.state, 'teams'), account_id: ctx.account.id, description: null, allow_auto_assign: true, ...permit(ctx.body, ['name', 'description', 'allow_auto_assign']), created_at: ctx.now });
	ctx.state.teams.push(team);
	return ok(teamView(ctx, team));
}

function showTeam(ctx) {
	return ok(teamView(ctx, findInAccount(ctx, 'teams', ctx.params.team_id)));
}

function updateTeam(ctx) {
	requireAdmin(ctx);
	const team = findInAccount(ctx, 'teams', ctx.params.team_id);
	const changed = saveTeam(ctx, { ...team, ...permit(ctx.body, ['name', 'description', 'allow_auto_assign']) });
	Object.assign(team, changed);
	return ok(teamView(ctx, team));
}

function deleteTeam(ctx) {
	requireAdmin(ctx);
	const team = findInAccount(ctx, 'teams', ctx.params.team_id);
	ctx.state.teams = ctx.state.teams.filter((t) => t !== team);
	ctx.state.teamMembers = ctx.state.teamMembers.filter((m) => m.team_id !== team.id);
	for (const c of ctx.state.conversations) if (c.team_id === team.id) c.team_id = null;
	return headOk();
}

function teamAgents(ctx, team) {
	const ids = ctx.state.teamMembers.filter((m) => m.team_id === team.id).map((m) => m.user_id);
	return accountAgents(ctx).filter((u) => ids.includes(u.id));
}

function teamMembers(ctx) {
	const team = findInAccount(ctx, 'teams', ctx.params.team_id);
	return ok(teamAgents(ctx, team).map((u) => agentView(ctx, u)));
}

function setTeamMembers(ctx, mode) {
	requireAdmin(ctx);
	const team = findInAccount(ctx, 'teams', ctx.params.team_id);
	const ids = agentIdsOrThrow(ctx, ctx.body.user_ids);
	const s = ctx.state;
	const before = teamAgents(ctx, team).map((u) => u.id);
	if (mode === 'replace' || mode === 'remove') s.teamMembers = s.teamMembers.filter((m) => m.team_id !== team.id || (mode === 'remove' && !ids.includes(m.user_id)));
	if (mode !== 'remove') {
		for (const id of ids) {
			if (!s.teamMembers.some((m) => m.team_id === team.id && m.user_id === id)) s.teamMembers.push({ id: nextId(s, 'teamMembers'), team_id: team.id, user_id: id });
		}
	}
	if (mode === 'remove') return headOk();
	// create answers the agents it added; update the whole team
	const shown = mode === 'add' ? teamAgents(ctx, team).filter((u) => !before.includes(u.id)) : teamAgents(ctx, team);
	return ok(shown.map((u) => agentView(ctx, u)));
}

// ---- labels ---------------------------------------------------------------------

const LABEL_PARAMS = ['title', 'description', 'color', 'show_on_sidebar'];

function labelErrors(ctx, label) {
	const errors = [];
	if (blank(label.title)) errors.push({ attribute: 'title', message: "Title can't be blank" });
	else if (!/^[\p{L}\p{N}_-]+$/u.test(label.title)) errors.push({ attribute: 'title', message: 'Title is invalid' });
	else if (inAccount(ctx, 'labels').some((l) => l.id !== label.id && l.title === label.title)) errors.push({ attribute: 'title', message: 'Title has already been taken' });
	return errors;
}

function saveLabel(ctx, label) {
	// titles are stored downcased
	if (typeof label.title === 'string') label.title = label.title.toLowerCase();
	saveOrThrow(labelErrors(ctx, label));
	return label;
}

function listLabels(ctx) {
	return ok({ payload: inAccount(ctx, 'labels').map(views.label) });
}

function createLabel(ctx) {
	requireAdmin(ctx);
	const label = saveLabel(ctx, { id: nextId(ctx.state, 'labels'), account_id: ctx.account.id, description: null, color: '#1f93ff', show_on_sidebar: null, ...permit(ctx.body, LABEL_PARAMS), created_at: ctx.now });
	ctx.state.labels.push(label);
	return ok(views.label(label));
}

function showLabel(ctx) {
	return ok(views.label(findInAccount(ctx, 'labels', ctx.params.id)));
}

function updateLabel(ctx) {
	requireAdmin(ctx);
	const label = findInAccount(ctx, 'labels', ctx.params.id);
	Object.assign(label, saveLabel(ctx, { ...label, ...permit(ctx.body, LABEL_PARAMS) }));
	return ok(views.label(label));
}

function deleteLabel(ctx) {
	requireAdmin(ctx);
	const label = findInAccount(ctx, 'labels', ctx.params.id);
	ctx.state.labels = ctx.state.labels.filter((l) => l !== label);
	return headOk();
}

// ---- canned responses -----------------------------------------------------------

function cannedErrors(ctx, r) {
	const errors = [];
	if (blank(r.short_code)) errors.push({ attribute: 'short_code', message: "Short code can't be blank" });
	else if (inAccount(ctx, 'cannedResponses').some((o) => o.id !== r.id && o.short_code === r.short_code)) errors.push({ attribute: 'short_code', message: 'Short code has already been taken' });
	if (blank(r.content)) errors.push({ attribute: 'content', message: "Content can't be blank" });
	return errors;
}

function listCanned(ctx) {
	return ok(inAccount(ctx, 'cannedResponses').map(views.cannedResponse));
}

function createCanned(ctx) {
	const r = { id: nextId(ctx.state, 'cannedResponses'), account_id: ctx.account.id, ...permit(ctx.body, ['short_code', 'content']), created_at: ctx.now, updated_at: ctx.now };
	saveOrThrow(cannedErrors(ctx, r));
	ctx.state.cannedResponses.push(r);
	return ok(views.cannedResponse(r));
}

function updateCanned(ctx) {
	const r = findInAccount(ctx, 'cannedResponses', ctx.params.id);
	const changed = { ...r, ...permit(ctx.body, ['short_code', 'content']), updated_at: ctx.now };
	saveOrThrow(cannedErrors(ctx, changed));
	Object.assign(r, changed);
	return ok(views.cannedResponse(r));
}

function deleteCanned(ctx) {
	const r = findInAccount(ctx, 'cannedResponses', ctx.params.id);
	ctx.state.cannedResponses = ctx.state.cannedResponses.filter((x) => x !== r);
	return headOk();
}

// ---- custom attribute definitions -----------------------------------------------

const ATTRIBUTE_PARAMS = ['attribute_display_name', 'attribute_description', 'attribute_display_type', 'attribute_key', 'attribute_model', 'regex_pattern', 'regex_cue', 'default_value', 'attribute_values'];

/** Enums arrive as their integer (the spec) or their name; stored as the name. */
function enumName(names, value) {
	if (typeof value === 'number') return names[value];
	return value;
}

function attributeErrors(ctx, d) {
	const errors = [];
	if (blank(d.attribute_display_name)) errors.push({ attribute: 'attribute_display_name', message: "Attribute display name can't be blank" });
	if (blank(d.attribute_key)) errors.push({ attribute: 'attribute_key', message: "Attribute key can't be blank" });
	else if (inAccount(ctx, 'customAttributeDefinitions').some((o) => o.id !== d.id && o.attribute_key === d.attribute_key && o.attribute_model === d.attribute_model)) {
		errors.push({ attribute: 'attribute_key', message: 'Attribute key has already been taken' });
	}
	if (!views.ATTRIBUTE_MODELS.includes(d.attribute_model)) errors.push({ attribute: 'attribute_model', message: 'Attribute model is not included in the list' });
	if (!views.ATTRIBUTE_DISPLAY_TYPES.includes(d.attribute_display_type)) errors.push({ attribute: 'attribute_display_type', message: 'Attribute display type is not included in the list' });
	return errors;
}

function attributeAttrs(body) {
	const attrs = permit(body, ATTRIBUTE_PARAMS);
	if ('attribute_model' in attrs) attrs.attribute_model = enumName(views.ATTRIBUTE_MODELS, attrs.attribute_model);
	if ('attribute_display_type' in attrs) attrs.attribute_display_type = enumName(views.ATTRIBUTE_DISPLAY_TYPES, attrs.attribute_display_type);
	return attrs;
}

function listAttributes(ctx) {
	const model = views.ATTRIBUTE_MODELS[Number(ctx.query.attribute_model)];
	return ok(inAccount(ctx, 'customAttributeDefinitions').filter((d) => d.attribute_model === model).map(views.customAttributeDefinition));
}

function createAttribute(ctx) {
	requireAdmin(ctx);
	const d = {
		id: nextId(ctx.state, 'customAttributeDefinitions'),
		account_id: ctx.account.id,
		attribute_description: null,
		regex_pattern: null,
		regex_cue: null,
		default_value: null,
		attribute_values: [],
		attribute_display_type: 'text',
		attribute_model: 'conversation_attribute',
		...attributeAttrs(ctx.body),
		created_at: ctx.now,
		updated_at: ctx.now,
	};
	saveOrThrow(attributeErrors(ctx, d));
	ctx.state.customAttributeDefinitions.push(d);
	return ok(views.customAttributeDefinition(d));
}

function showAttribute(ctx) {
	return ok(views.customAttributeDefinition(findInAccount(ctx, 'customAttributeDefinitions', ctx.params.id)));
}

function updateAttribute(ctx) {
	requireAdmin(ctx);
	const d = findInAccount(ctx, 'customAttributeDefinitions', ctx.params.id);
	const changed = { ...d, ...attributeAttrs(ctx.body), updated_at: ctx.now };
	saveOrThrow(attributeErrors(ctx, changed));
	Object.assign(d, changed);
	return ok(views.customAttributeDefinition(d));
}

function deleteAttribute(ctx) {
	requireAdmin(ctx);
	const d = findInAccount(ctx, 'customAttributeDefinitions', ctx.params.id);
	ctx.state.customAttributeDefinitions = ctx.state.customAttributeDefinitions.filter((x) => x !== d);
	return headOk();
}

// ---- custom filters -------------------------------------------------------------

/** A user's own filters in this account. */
function myFilters(ctx) {
	return inAccount(ctx, 'customFilters').filter((f) => f.user_id === currentUserId(ctx));
}

function findFilter(ctx) {
	const f = myFilters(ctx).find((x) => x.id === Number(ctx.params.custom_filter_id));
	if (!f) throw notFound();
	return f;
}

function listFilters(ctx) {
	const type = ctx.query.filter_type || 'conversation';
	return ok(myFilters(ctx).filter((f) => f.filter_type === type).map(views.customFilter));
}

function filterErrors(f) {
	const errors = [];
	if (blank(f.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	if (!f.query || !Object.keys(f.query).length) errors.push({ attribute: 'query', message: "Query can't be blank" });
	return errors;
}

// params.require(:custom_filter).permit(:name, :filter_type, query: {}): ParamsWrapper copies
// the flat JSON keys that are columns (name, filter_type, query) into params[:custom_filter].
// The spec's `type` is no column; the fake refuses it (permits.js) instead of dropping it.
const FILTER_PARAMS = ['name', 'filter_type', 'query'];

function filterParams(ctx) {
	return permit(ctx.body.custom_filter || ctx.body, FILTER_PARAMS);
}

function createFilter(ctx) {
	const f = { id: nextId(ctx.state, 'customFilters'), account_id: ctx.account.id, user_id: currentUserId(ctx), filter_type: 'conversation', ...filterParams(ctx), created_at: ctx.now, updated_at: ctx.now };
	saveOrThrow(filterErrors(f));
	ctx.state.customFilters.push(f);
	return ok(views.customFilter(f));
}

function showFilter(ctx) {
	return ok(views.customFilter(findFilter(ctx)));
}

function updateFilter(ctx) {
	const f = findFilter(ctx);
	const changed = { ...f, ...filterParams(ctx), updated_at: ctx.now };
	saveOrThrow(filterErrors(changed));
	Object.assign(f, changed);
	return ok(views.customFilter(f));
}

function deleteFilter(ctx) {
	const f = findFilter(ctx);
	ctx.state.customFilters = ctx.state.customFilters.filter((x) => x !== f);
	return headOk();
}

// ---- automation rules -----------------------------------------------------------

const RULE_PARAMS = ['name', 'description', 'event_name', 'active', 'actions', 'conditions'];

function ruleErrors(r) {
	const errors = [];
	for (const [key, label] of [
		['name', 'Name'],
		['event_name', 'Event name'],
		['conditions', 'Conditions'],
		['actions', 'Actions'],
	]) {
		if (blank(r[key]) || (Array.isArray(r[key]) && !r[key].length)) errors.push({ attribute: key, message: `${label} can't be blank` });
	}
	return errors;
}

function listRules(ctx) {
	requireAdmin(ctx);
	return ok({ payload: inAccount(ctx, 'automationRules').map(views.automationRule) });
}

function createRule(ctx) {
	requireAdmin(ctx);
	const r = { id: nextId(ctx.state, 'automationRules'), account_id: ctx.account.id, description: null, active: true, ...permit(ctx.body, RULE_PARAMS), created_at: ctx.now };
	saveOrThrow(ruleErrors(r));
	ctx.state.automationRules.push(r);
	return ok({ payload: views.automationRule(r) });
}

function showRule(ctx) {
	requireAdmin(ctx);
	return ok({ payload: views.automationRule(findInAccount(ctx, 'automationRules', ctx.params.id)) });
}

function updateRule(ctx) {
	requireAdmin(ctx);
	const r = findInAccount(ctx, 'automationRules', ctx.params.id);
	const changed = { ...r, ...permit(ctx.body, RULE_PARAMS) };
	saveOrThrow(ruleErrors(changed));
	Object.assign(r, changed);
	return ok({ payload: views.automationRule(r) });
}

function deleteRule(ctx) {
	requireAdmin(ctx);
	const r = findInAccount(ctx, 'automationRules', ctx.params.id);
	ctx.state.automationRules = ctx.state.automationRules.filter((x) => x !== r);
	return headOk();
}

// ---- webhooks -------------------------------------------------------------------

const WEBHOOK_EVENTS = SERVER_WEBHOOK_EVENTS;

/** Loopback, RFC 1918 and link-local addresses, and names without a dot (Docker services, localhost). */
function privateHost(hostname) {
	const host = hostname.replace(/^\[|\]$/g, '');
	if (!host.includes('.') && !host.includes(':')) return true;
	if (/^(127|10)\./.test(host) || /^192\.168\./.test(host) || /^169\.254\./.test(host)) return true;
	if (/^172\.(1[6-9]|2\d|3[01])\./.test(host)) return true;
	return host.includes(':') && (host === '::1' || /^f[cd]|^fe80:/i.test(host));
}

function webhookErrors(ctx, w) {
	const errors = [];
	let url;
	try {
		url = new URL(w.url);
	} catch {
		url = undefined;
	}
	const valid = url !== undefined && ['http:', 'https:'].includes(url.protocol);
	if (!valid) errors.push({ attribute: 'url', message: 'Url is invalid' });
	else if (ctx.state.server.refusePrivateWebhookUrls && privateHost(url.hostname)) {
		// Modelled on Chatwoot 4.14+ (SafeFetch): Rails' "Url is invalid" with ssrf_filter's reason.
		errors.push({ attribute: 'url', message: `Url is invalid: Hostname '${url.hostname}' has no public ip addresses` });
	}
	else if (inAccount(ctx, 'webhooks').some((o) => o.id !== w.id && o.url === w.url)) errors.push({ attribute: 'url', message: 'Url has already been taken' });
	if (!Array.isArray(w.subscriptions) || !w.subscriptions.length || w.subscriptions.some((e) => !WEBHOOK_EVENTS.includes(e))) {
		errors.push({ attribute: 'subscriptions', message: 'Subscriptions Invalid events' });
	}
	return errors;
}

function listWebhooks(ctx) {
	requireAdmin(ctx);
	return ok({ payload: { webhooks: inAccount(ctx, 'webhooks').map((w) => views.webhook(ctx.state, w)) } });
}

// webhooks_controller.rb:26 `params.require(:webhook).permit(:inbox_id, :name, :url, subscriptions: [])`
const WEBHOOK_PARAMS = ['inbox_id', 'url', 'name', 'subscriptions'];

function createWebhook(ctx) {
	requireAdmin(ctx);
	const w = {
		id: nextId(ctx.state, 'webhooks'),
		account_id: ctx.account.id,
		inbox_id: null,
		name: null,
		subscriptions: ['conversation_status_changed', 'conversation_updated', 'conversation_created', 'contact_created', 'contact_updated', 'message_created', 'message_updated', 'webwidget_triggered'],
		...permit(ctx.body, WEBHOOK_PARAMS),
		secret: secureToken(),
		created_at: ctx.now,
	};
	saveOrThrow(webhookErrors(ctx, w));
	ctx.state.webhooks.push(w);
	return ok({ payload: { webhook: views.webhook(ctx.state, w) } });
}

function updateWebhook(ctx) {
	requireAdmin(ctx);
	const w = findInAccount(ctx, 'webhooks', ctx.params.webhook_id);
	const changed = { ...w, ...permit(ctx.body, WEBHOOK_PARAMS) };
	saveOrThrow(webhookErrors(ctx, changed));
	Object.assign(w, changed);
	return ok({ payload: { webhook: views.webhook(ctx.state, w) } });
}

function deleteWebhook(ctx) {
	requireAdmin(ctx);
	const w = findInAccount(ctx, 'webhooks', ctx.params.webhook_id);
	ctx.state.webhooks = ctx.state.webhooks.filter((x) => x !== w);
	return headOk();
}

// ---- help center ----------------------------------------------------------------

const PORTAL_PARAMS = ['color', 'custom_domain', 'header_text', 'homepage_link', 'name', 'page_title', 'slug', 'archived', 'config'];

function portalErrors(ctx, p) {
	const errors = [];
	if (blank(p.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	if (blank(p.slug)) errors.push({ attribute: 'slug', message: "Slug can't be blank" });
	else if (ctx.state.portals.some((o) => o.id !== p.id && o.slug === p.slug)) errors.push({ attribute: 'slug', message: 'Slug has already been taken' });
	return errors;
}

/** Portals are found by slug (the {id} of the path). */
function findPortal(ctx) {
	return findInAccount(ctx, 'portals', ctx.params.id, 'slug');
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
		'get-account-details': getAccount,
		'update-account': updateAccount,
		'get-account-agents': listAgents,
		'add-new-agent-to-account': addAgent,
		'update-agent-in-account': updateAgent,
		'delete-agent-from-account': deleteAgent,
		'list-all-account-agent-bots': listBots,
		'create-an-account-agent-bot': createBot,
		'get-details-of-a-single-account-agent-bot': showBot,
		'update-an-account-agent-bot': updateBot,
		'delete-an-account-agent-bot': deleteBot,
		listAllInboxes: listInboxes,
		inboxCreation: createInbox,
		GetInbox: getInbox,
		updateInbox,
		getInboxAgentBot: inboxAgentBot,
		updateAgentBot: setInboxAgentBot,
		'get-inbox-members': inboxMembers,
		'add-new-agent-to-inbox': (ctx) => setInboxMembers(ctx, 'add'),
		'update-agents-in-inbox': (ctx) => setInboxMembers(ctx, 'replace'),
		'delete-agent-in-inbox': (ctx) => setInboxMembers(ctx, 'remove'),
		'list-all-teams': listTeams,
		'create-a-team': createTeam,
		'get-details-of-a-single-team': showTeam,
		'update-a-team': updateTeam,
		'delete-a-team': deleteTeam,
		'get-team-members': teamMembers,
		'add-new-agent-to-team': (ctx) => setTeamMembers(ctx, 'add'),
		'update-agents-in-team': (ctx) => setTeamMembers(ctx, 'replace'),
		'delete-agent-in-team': (ctx) => setTeamMembers(ctx, 'remove'),
		'list-all-labels': listLabels,
		'create-a-label': createLabel,
		'get-details-of-a-single-label': showLabel,
		'update-a-label': updateLabel,
		'delete-a-label': deleteLabel,
		'get-account-canned-response': listCanned,
		'add-new-canned-response-to-account': createCanned,
		'update-canned-response-in-account': updateCanned,
		'delete-canned-response-from-account': deleteCanned,
		'get-account-custom-attribute': listAttributes,
		'add-new-custom-attribute-to-account': createAttribute,
		'get-details-of-a-single-custom-attribute': showAttribute,
		'update-custom-attribute-in-account': updateAttribute,
		'delete-custom-attribute-from-account': deleteAttribute,
		'list-all-filters': listFilters,
		'create-a-custom-filter': createFilter,
		'get-details-of-a-single-custom-filter': showFilter,
		'update-a-custom-filter': updateFilter,
		'delete-a-custom-filter': deleteFilter,
		'get-account-automation-rule': listRules,
		'add-new-automation-rule-to-account': createRule,
		'get-details-of-a-single-automation-rule': showRule,
		'update-automation-rule-in-account': updateRule,
		'delete-automation-rule-from-account': deleteRule,
		'list-all-webhooks': listWebhooks,
		'create-a-webhook': createWebhook,
		'update-a-webhook': updateWebhook,
		'delete-a-webhook': deleteWebhook,
		'get-portal': listPortals,
		'add-new-portal-to-account': createPortal,
		'update-portal-to-account': updatePortal,
		'add-new-category-to-account': createCategory,
		'add-new-article-to-account': createArticle,
	},
};
