'use strict';
// Conversations, their messages, labels and assignments (Api::V1::Accounts::Conversations*).

const crypto = require('node:crypto');
const path = require('node:path');
const { ok, headOk, findInAccount, inAccount, isAdmin, pageOf, currentUserId } = require('./util');
const { notFound, unprocessable, HttpError } = require('../errors');
const { newConversation, addMessage } = require('../seed');
const { nextId } = require('../state');
const views = require('../views/application');
const platformViews = require('../views/platform');
const { matches } = require('./filters');
const agentBotWebhooks = require('../agentBotWebhooks');

const PER_PAGE = 25;
const MESSAGES_BEFORE = 20;
const MESSAGES_AFTER = 100;

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

// ---- messages ---------------------------------------------------------------------

/** MessageFinder: the latest 20, `before` 20 older, `after` up to 100 newer; oldest first. */
function listMessages(ctx) {
	const c = findConversation(ctx);
	const all = views.messagesOf(ctx.state, c);
	const before = ctx.query.before !== undefined ? Number(ctx.query.before) : undefined;
	const after = ctx.query.after !== undefined ? Number(ctx.query.after) : undefined;
	let page;
	if (before !== undefined && after !== undefined) page = all.filter((m) => m.id >= after && m.id < before).slice(0, 1000);
	else if (before !== undefined) page = all.filter((m) => m.id < before).slice(-MESSAGES_BEFORE);
	else if (after !== undefined) page = all.filter((m) => m.id > after).slice(0, MESSAGES_AFTER);
	else page = all.slice(-MESSAGES_BEFORE);
	const contact = ctx.state.contacts.find((x) => x.id === c.contact_id);
	const assignee = c.assignee_id && ctx.state.users.find((u) => u.id === c.assignee_id);
	const meta = {
		labels: [...c.labels],
		additional_attributes: c.additional_attributes,
		contact: contact ? views.contactEvent(contact) : null,
		agent_last_seen_at: c.agent_last_seen_at,
		assignee_last_seen_at: c.assignee_last_seen_at,
	};
	if (assignee) meta.assignee = views.userEvent(assignee);
	return ok({ meta, payload: page.map((m) => views.messageEvent(ctx.state, ctx.baseUrl, m)) });
}

// content types whose content_attributes must carry items (Message validations)
const NEEDS_ITEMS = ['input_select', 'cards', 'form'];

function contentAttributesOf(body) {
	const raw = body.content_attributes;
	if (typeof raw === 'string') return JSON.parse(raw); // the spec check made sure it parses
	return raw || {};
}

function fileType(mimeType) {
	const top = String(mimeType || '').split('/')[0];
	return ['image', 'audio', 'video'].includes(top) ? top : 'file';
}

function storeAttachments(ctx, message) {
	for (const file of ctx.files.filter((f) => f.field === 'attachments[]')) {
		const key = crypto.randomBytes(12).toString('hex');
		const filename = file.filename || 'file';
		ctx.state.attachments.push({
			id: nextId(ctx.state, 'attachments'),
			account_id: message.account_id,
			message_id: message.id,
			file_type: fileType(file.mimeType),
			extension: path.extname(filename).slice(1) || null,
			filename,
			mimeType: file.mimeType,
			data: file.data,
			key,
			path: `/rails/active_storage/blobs/redirect/${key}/${encodeURIComponent(filename)}`,
			created_at: ctx.now,
		});
	}
}

/** MessageBuilder: comma-separated recipients become lists in content_attributes, with external_created_at. */
function emailHeaders(b) {
	const out = {};
	for (const key of ['to_emails', 'cc_emails', 'bcc_emails']) if (b[key]) out[key] = String(b[key]).split(',').map((e) => e.trim());
	if (b.external_created_at !== undefined) out.external_created_at = Number(b.external_created_at);
	return out;
}

function createMessage(ctx) {
	const c = findConversation(ctx);
	const b = ctx.body;
	const contentType = b.content_type || 'text';
	const contentAttributes = contentAttributesOf(b);
	if (NEEDS_ITEMS.includes(contentType) && !Array.isArray(contentAttributes.items)) {
		// MessagesController rescues the validation error as render_could_not_create_error
		throw unprocessable('Validation failed: Content attributes items must be present');
	}
	const messageType = b.message_type || 'outgoing';
	const sender = messageType === 'incoming' ? { sender_type: 'Contact', sender_id: c.contact_id } : senderOf(ctx);
	const message = addMessage(
		ctx.state,
		c,
		{ message_type: messageType, content: b.content ?? null, content_type: contentType, content_attributes: { ...contentAttributes, ...emailHeaders(b) }, private: b.private === true, source_id: b.source_id ?? null, ...sender },
		ctx.now,
	);
	storeAttachments(ctx, message);
	agentBotWebhooks.messageCreated(ctx.state, ctx.baseUrl, message);
	return ok(views.messageEvent(ctx.state, ctx.baseUrl, message));
}

function deleteMessage(ctx) {
	const c = findConversation(ctx);
	const m = ctx.state.messages.find((x) => x.conversation_id === c.id && x.id === Number(ctx.params.message_id));
	if (!m) throw notFound();
	// the message stays, emptied and marked deleted; its attachments go
	Object.assign(m, { content: 'This message was deleted', content_type: 'text', content_attributes: { deleted: true }, updated_at: ctx.now });
	ctx.state.attachments = ctx.state.attachments.filter((a) => a.message_id !== m.id);
	return ok(views.messageEvent(ctx.state, ctx.baseUrl, m));
}

/** GET /rails/active_storage/...: the bytes of a stored attachment (the data_url). */
function downloadAttachment(ctx) {
	const a = ctx.state.attachments.find((x) => x.key === ctx.params.key);
	if (!a) throw new HttpError(404, { status: 404, error: 'Not Found' });
	return { status: 200, raw: a.data, contentType: a.mimeType || 'application/octet-stream' };
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
		'list-all-messages': listMessages,
		'create-a-new-message-in-a-conversation': createMessage,
		'delete-a-message': deleteMessage,
		'fake-attachment-download': downloadAttachment,
	},
	visibleConversations,
	sortConversations,
	replaceLabels,
	storeAttachments,
	fileType,
};
