'use strict';
// Inboxes, their channel attributes, agent bot and members.

const { ok, headOk, permit, inAccount, requireAdmin } = require('./util');
const { saveOrThrow, notFound } = require('../errors');
const { nextId } = require('../state');
const { newInbox } = require('../seed');
const views = require('../views/application');
const platformViews = require('../views/platform');
const { blank } = require('../models/user');
const { CHANNEL_ATTRS, CHANNEL_CLASSES } = require('../permits');
const { findBot } = require('./agentBots');
const { accountAgents, agentView } = require('./agents');

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

module.exports = {
	handlers: {
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
	},
	agentIdsOrThrow,
	findInbox,
};
