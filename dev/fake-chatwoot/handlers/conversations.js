'use strict';
// Conversations, their labels and assignments (Api::V1::Accounts::Conversations*); messages: messages.js.

const { ok, headOk, findInAccount, inAccount, isAdmin, pageOf, currentUserId } = require('./util');
const { notFound } = require('../errors');
const { newConversation, addMessage } = require('../seed');
const views = require('../views/application');
const platformViews = require('../views/platform');
const { matches } = require('./filters');
const agentBotWebhooks = require('../agentBotWebhooks');

const PER_PAGE = 25;

// ---- finding ----------------------------------------------------------------------

/** Agents see the conversations of the inboxes they are members of; admins and bots all. */
function visibleConversations(ctx) {
	const all = inAccount(ctx, 'conversations');
	if (isAdmin(ctx)) return all;
	const userId = currentUserId(ctx);
	const inboxes = new Set(ctx.state.inboxMembers.filter((m) => m.user_id === userId).map((m) => m.inbox_id));
	return all.filter((c) => inboxes.has(c.inbox_id));
}

/** By display id (the id clients see), within the account and the caller's reach. */
function findConversation(ctx, displayId = ctx.params.conversation_id) {
	const c = visibleConversations(ctx).find((x) => x.display_id === Number(displayId));
	if (!c) throw notFound();
	return c;
}

/** Newest activity first, as the dashboard lists them. */
function sortConversations(list) {
	return [...list].sort((a, b) => b.last_activity_at - a.last_activity_at || b.id - a.id);
}

/** Tags are free text; the list sent replaces the list stored. */
function replaceLabels(ctx, labels) {
	return [...new Set((labels || []).map((l) => String(l).trim()).filter(Boolean))];
}

// ---- lists ------------------------------------------------------------------------

/** ConversationFinder: status (default open), inbox, team, labels, q; counts per assignee type. */
function filteredByQuery(ctx) {
	const q = ctx.query;
	const status = q.status || 'open';
	let list = visibleConversations(ctx);
	if (status !== 'all') list = list.filter((c) => c.status === status);
	if (q.inbox_id) list = list.filter((c) => c.inbox_id === Number(q.inbox_id));
	if (q.team_id) list = list.filter((c) => c.team_id === Number(q.team_id));
	if (q.labels) {
		const wanted = [].concat(q.labels);
		list = list.filter((c) => c.labels.some((l) => wanted.includes(l)));
	}
	if (q.q) {
		const needle = String(q.q).toLowerCase();
		list = list.filter((c) => ctx.state.messages.some((m) => m.conversation_id === c.id && String(m.content || '').toLowerCase().includes(needle)));
	}
	return list;
}

function counts(ctx, list) {
	const me = currentUserId(ctx);
	return {
		mine_count: list.filter((c) => me !== undefined && c.assignee_id === me).length,
		assigned_count: list.filter((c) => c.assignee_id).length,
		unassigned_count: list.filter((c) => !c.assignee_id).length,
		all_count: list.length,
	};
}

function byAssigneeType(ctx, list) {
	const me = currentUserId(ctx);
	switch (ctx.query.assignee_type) {
		case 'me':
			return list.filter((c) => c.assignee_id === me);
		case 'unassigned':
			return list.filter((c) => !c.assignee_id);
		case 'assigned':
			return list.filter((c) => c.assignee_id);
		default:
			return list;
	}
}

function conversationList(ctx) {
	const list = filteredByQuery(ctx);
	const page = pageOf(sortConversations(byAssigneeType(ctx, list)), ctx.query.page, PER_PAGE);
	return ok({ data: { meta: counts(ctx, list), payload: page.map((c) => views.conversation(ctx.state, ctx.baseUrl, c)) } });
}

function conversationMeta(ctx) {
	return ok({ meta: counts(ctx, filteredByQuery(ctx)) });
}

function readConversation(c, key) {
	if (key === 'labels') return c.labels;
	if (key === 'display_id') return c.display_id;
	if (key in c) return c[key];
	if (c.additional_attributes && key in c.additional_attributes) return c.additional_attributes[key];
	return c.custom_attributes ? c.custom_attributes[key] : undefined;
}

function conversationFilter(ctx) {
	const list = visibleConversations(ctx).filter((c) => matches(c, ctx.body.payload || [], readConversation));
	const page = pageOf(sortConversations(list), ctx.query.page, PER_PAGE);
	return ok({ meta: counts(ctx, list), payload: page.map((c) => views.conversation(ctx.state, ctx.baseUrl, c)) });
}

// ---- one conversation -------------------------------------------------------------

function show(ctx, c) {
	return ok(views.conversation(ctx.state, ctx.baseUrl, c));
}

/** source_id finds the contact inbox; contact_id + inbox_id build it (ContactInboxBuilder). */
function contactInboxFor(ctx) {
	const { contact_id: contactId, inbox_id: inboxId, source_id: sourceId } = ctx.body;
	if (contactId && inboxId) {
		const contact = findInAccount(ctx, 'contacts', contactId);
		const inbox = findInAccount(ctx, 'inboxes', inboxId);
		// required lazily: contacts.js requires this module too
		return require('./contacts').buildContactInbox(ctx, contact, inbox, sourceId);
	}
	const ci = ctx.state.contactInboxes.find((x) => x.source_id === sourceId);
	const inbox = ci && ctx.state.inboxes.find((i) => i.id === ci.inbox_id && i.account_id === ctx.account.id);
	if (!inbox) throw notFound();
	return ci;
}

function senderOf(ctx) {
	if (ctx.principal.kind === 'bot') return { sender_type: 'AgentBot', sender_id: ctx.principal.bot.id };
	return { sender_type: 'User', sender_id: ctx.principal.user.id };
}

function newConversationHandler(ctx) {
	const ci = contactInboxFor(ctx);
	const b = ctx.body;
	const conversation = newConversation(
		ctx.state,
		{
			account_id: ctx.account.id,
			inbox_id: ci.inbox_id,
			contact_id: ci.contact_id,
			contact_inbox_id: ci.id,
			status: agentBotWebhooks.initialStatus(ctx.state, ci.inbox_id, b.status),
			assignee_id: b.assignee_id,
			team_id: b.team_id,
			additional_attributes: b.additional_attributes,
			custom_attributes: b.custom_attributes,
			snoozed_until: b.snoozed_until ? new Date(b.snoozed_until) : null,
		},
		ctx.now,
	);
	ctx.state.conversations.push(conversation);
	if (b.message) {
		const message = addMessage(ctx.state, conversation, { message_type: 'outgoing', content: b.message.content, ...senderOf(ctx) }, ctx.now);
		agentBotWebhooks.messageCreated(ctx.state, ctx.baseUrl, message);
	}
	return show(ctx, conversation);
}

function conversationDetails(ctx) {
	return show(ctx, findConversation(ctx));
}

function updateConversation(ctx) {
	const c = findConversation(ctx);
	if ('priority' in ctx.body) c.priority = ctx.body.priority === 'none' ? null : ctx.body.priority;
	if ('sla_policy_id' in ctx.body) c.sla_policy_id = ctx.body.sla_policy_id;
	c.updated_at = ctx.now;
	return show(ctx, c);
}

function toggleStatus(ctx) {
	const c = findConversation(ctx);
	agentBotWebhooks.setStatus(ctx.state, ctx.baseUrl, c, ctx.body.status);
	c.snoozed_until = c.status === 'snoozed' && ctx.body.snoozed_until ? new Date(ctx.body.snoozed_until * 1000) : null;
	// should_assign_conversation?: an agent (not an administrator) who opens it takes it
	if (c.status === 'open' && ctx.principal.kind === 'user' && ctx.accountUser && ctx.accountUser.role === 'agent') {
		c.assignee_id = ctx.principal.user.id;
	}
	c.updated_at = ctx.now;
	return ok({ meta: {}, payload: { success: true, current_status: c.status, conversation_id: c.display_id } });
}

function togglePriority(ctx) {
	const c = findConversation(ctx);
	c.priority = ctx.body.priority === 'none' ? null : ctx.body.priority;
	c.updated_at = ctx.now;
	return headOk();
}

function toggleTyping(ctx) {
	findConversation(ctx);
	return headOk();
}

function conversationCustomAttributes(ctx) {
	const c = findConversation(ctx);
	// `custom_attributes = params[:custom_attributes]`: the object sent replaces the stored one
	c.custom_attributes = ctx.body.custom_attributes;
	c.updated_at = ctx.now;
	return ok({ custom_attributes: c.custom_attributes });
}

function assign(ctx) {
	const c = findConversation(ctx);
	const b = ctx.body;
	if (b.assignee_type === 'AgentBot') {
		// Conversations::AssignmentService: the bot of this account becomes the assignee, no agent
		const bot = ctx.state.agentBots.find((x) => x.id === b.assignee_id && x.account_id === ctx.account.id);
		if (!bot) throw notFound();
		Object.assign(c, { assignee_id: null, assignee_agent_bot_id: bot.id, updated_at: ctx.now });
		return ok(platformViews.platformAgentBot(bot));
	}
	if ('assignee_id' in b) {
		const member = ctx.state.accountUsers.find((au) => au.account_id === ctx.account.id && au.user_id === b.assignee_id);
		const agent = member && ctx.state.users.find((u) => u.id === b.assignee_id);
		c.assignee_id = agent ? agent.id : null;
		c.updated_at = ctx.now;
		return ok(agent ? views.agent(ctx.state, agent, ctx.account.id) : null);
	}
	if ('team_id' in b) {
		const team = inAccount(ctx, 'teams').find((t) => t.id === b.team_id);
		c.team_id = team ? team.id : null;
		// AssignmentHandler#validate_current_assignee_team: an assignee outside the new team goes
		if (team && c.assignee_id && !ctx.state.teamMembers.some((m) => m.team_id === team.id && m.user_id === c.assignee_id)) {
			c.assignee_id = null;
		}
		return ok(team ? { id: team.id, name: team.name, description: team.description, allow_auto_assign: team.allow_auto_assign, account_id: team.account_id } : null);
	}
	return ok(null);
}

function conversationLabels(ctx) {
	return ok({ payload: [...findConversation(ctx).labels] });
}

function conversationAddLabels(ctx) {
	const c = findConversation(ctx);
	c.labels = replaceLabels(ctx, ctx.body.labels);
	c.updated_at = ctx.now;
	return ok({ payload: [...c.labels] });
}

module.exports = {
	handlers: {
		conversationListMeta: conversationMeta,
		conversationList,
		newConversation: newConversationHandler,
		conversationFilter,
		'get-details-of-a-conversation': conversationDetails,
		'update-conversation': updateConversation,
		'toggle-status-of-a-conversation': toggleStatus,
		'toggle-priority-of-a-conversation': togglePriority,
		'toggle-typing-status-of-a-conversation': toggleTyping,
		'update-custom-attributes-of-a-conversation': conversationCustomAttributes,
		'assign-a-conversation': assign,
		'list-all-labels-of-a-conversation': conversationLabels,
		'conversation-add-labels': conversationAddLabels,
	},
	visibleConversations,
	sortConversations,
	replaceLabels,
	findConversation,
	senderOf,
};
