'use strict';
// Conversation routes the spec leaves out: ConversationsController's own actions (delete, mute,
// transcript, read state, attachments, unread counts), participants, draft messages, bulk
// actions, and the message status update, retry and translate.

const { ok, headOk, pageOf, currentUserId, requireAdmin, inAccount } = require('./util');
const { notFound, unprocessable, HttpError } = require('../errors');
const views = require('../views/application');
const { findConversation, visibleConversations, replaceLabels } = require('./conversations');

// Rails renders `head :no_content` for an action without a view (unread, message update)
const noContent = () => ({ status: 204, head: true });

// ---- ConversationsController --------------------------------------------------------

function destroy(ctx) {
	const c = findConversation(ctx, ctx.params.id);
	// ConversationPolicy#destroy?: administrators only
	requireAdmin(ctx);
	ctx.state.conversations = ctx.state.conversations.filter((x) => x !== c);
	ctx.state.messages = ctx.state.messages.filter((m) => m.conversation_id !== c.id);
	return headOk();
}

// Conversation#mute! resolves the conversation and stops notifications
function mute(ctx) {
	const c = findConversation(ctx, ctx.params.id);
	Object.assign(c, { status: 'resolved', muted: true, updated_at: ctx.now });
	return headOk();
}

function unmute(ctx) {
	const c = findConversation(ctx, ctx.params.id);
	c.muted = false;
	return headOk();
}

function transcript(ctx) {
	const c = findConversation(ctx, ctx.params.id);
	if (!ctx.body.email) throw unprocessable('email param missing');
	ctx.state.transcripts ??= [];
	ctx.state.transcripts.push({ conversation_id: c.display_id, email: ctx.body.email });
	return headOk();
}

const isAssignee = (ctx, c) => c.assignee_id !== null && c.assignee_id === currentUserId(ctx);

function updateLastSeen(ctx) {
	const c = findConversation(ctx, ctx.params.id);
	c.agent_last_seen_at = ctx.now;
	if (isAssignee(ctx, c)) c.assignee_last_seen_at = ctx.now;
	return ok(views.conversation(ctx.state, ctx.baseUrl, c));
}

/** Last seen one second before the latest incoming message (or never). */
function unread(ctx) {
	const c = findConversation(ctx, ctx.params.id);
	const incoming = views.messagesOf(ctx.state, c).filter((m) => m.message_type === 'incoming');
	const last = incoming[incoming.length - 1];
	const seen = last ? new Date(last.created_at.getTime() - 1000) : null;
	c.agent_last_seen_at = seen;
	c.assignee_last_seen_at = seen;
	return noContent();
}

// conversations_controller.rb ATTACHMENT_RESULTS_PER_PAGE, newest first
function attachments(ctx) {
	const c = findConversation(ctx, ctx.params.id);
	const ids = new Set(views.messagesOf(ctx.state, c).map((m) => m.id));
	const all = ctx.state.attachments.filter((a) => ids.has(a.message_id)).sort((a, b) => b.created_at - a.created_at || b.id - a.id);
	return ok({ meta: { total_count: all.length }, payload: pageOf(all, ctx.query.page, 100).map((a) => views.attachment(ctx.baseUrl, a)) });
}

/** Incoming messages after the agent last saw the conversation (its unread_count). */
function unreadMessages(ctx, c) {
	const seen = c.agent_last_seen_at ? c.agent_last_seen_at.getTime() : 0;
	return views.messagesOf(ctx.state, c).filter((m) => m.message_type === 'incoming' && m.created_at.getTime() > seen).length;
}

/** Conversations::UnreadCounts::Counter: the caller's conversations with unread incoming messages. */
function unreadCounts(ctx) {
	const me = currentUserId(ctx);
	const unreadOnes = visibleConversations(ctx).filter((c) => c.status === 'open' && unreadMessages(ctx, c) > 0);
	const count = (key) => unreadOnes.reduce((by, c) => [].concat(key(c)).reduce((acc, k) => ({ ...acc, [k]: (acc[k] || 0) + 1 }), by), {});
	return ok({
		payload: {
			by_inbox: count((c) => c.inbox_id),
			by_label: count((c) => c.labels),
			by_status: {
				all: unreadOnes.length,
				mine: unreadOnes.filter((c) => me !== undefined && c.assignee_id === me).length,
				unassigned: unreadOnes.filter((c) => !c.assignee_id).length,
			},
			total: unreadOnes.length,
		},
	});
}

// ---- participants -------------------------------------------------------------------

function participantsOf(ctx, c) {
	ctx.state.conversationParticipants ??= [];
	return ctx.state.conversationParticipants.filter((p) => p.conversation_id === c.id);
}

const participantView = (ctx, userId) => views.agent(ctx.state, ctx.state.users.find((u) => u.id === userId), ctx.account.id);

/** ConversationParticipant validates that the user is an agent of the account. */
function checkUsers(ctx) {
	const ids = ctx.body.user_ids || [];
	for (const id of ids) {
		if (!ctx.state.accountUsers.some((au) => au.account_id === ctx.account.id && au.user_id === Number(id))) {
			throw new HttpError(422, { message: 'Validation failed: User must exist', attributes: ['user'] });
		}
	}
	return ids.map(Number);
}

function showParticipants(ctx) {
	const c = findConversation(ctx, ctx.params.conversation_id);
	return ok(participantsOf(ctx, c).map((p) => participantView(ctx, p.user_id)));
}

function addParticipants(ctx) {
	const c = findConversation(ctx, ctx.params.conversation_id);
	const current = participantsOf(ctx, c).map((p) => p.user_id);
	const added = checkUsers(ctx).filter((id) => !current.includes(id));
	for (const id of added) ctx.state.conversationParticipants.push({ conversation_id: c.id, user_id: id });
	return ok(added.map((id) => participantView(ctx, id)));
}

function setParticipants(ctx) {
	const c = findConversation(ctx, ctx.params.conversation_id);
	const wanted = checkUsers(ctx);
	const others = ctx.state.conversationParticipants.filter((p) => p.conversation_id !== c.id);
	ctx.state.conversationParticipants = [...others, ...wanted.map((id) => ({ conversation_id: c.id, user_id: id }))];
	return showParticipants(ctx);
}

function removeParticipants(ctx) {
	const c = findConversation(ctx, ctx.params.conversation_id);
	const gone = (ctx.body.user_ids || []).map(Number);
	participantsOf(ctx, c);
	ctx.state.conversationParticipants = ctx.state.conversationParticipants.filter((p) => p.conversation_id !== c.id || !gone.includes(p.user_id));
	return headOk();
}

// ---- draft messages (Redis, per conversation and user) ------------------------------

function draftKey(ctx) {
	const c = findConversation(ctx, ctx.params.conversation_id);
	ctx.state.drafts ??= {};
	return `${c.account_id}:${c.display_id}:${currentUserId(ctx)}`;
}

function showDraft(ctx) {
	const key = draftKey(ctx);
	return ok(key in ctx.state.drafts ? { has_draft: true, message: ctx.state.drafts[key] } : { has_draft: false });
}

function saveDraft(ctx) {
	const key = draftKey(ctx);
	ctx.state.drafts[key] = (ctx.body.draft_message && ctx.body.draft_message.message) || '';
	return headOk();
}

function deleteDraft(ctx) {
	const key = draftKey(ctx);
	delete ctx.state.drafts[key];
	return headOk();
}

// ---- bulk actions -------------------------------------------------------------------

/** BulkActionsJob (conversations by display ID) and Contacts::BulkActionJob, run at once here. */
function bulkActions(ctx) {
	const b = ctx.body;
	const type = String(b.type || '');
	const ids = (b.ids || []).map(Number);
	if (type === 'Conversation') {
		const fields = b.fields || {};
		// validate_assignment_targets: render_could_not_create_error
		if (fields.assignee_id != null && !ctx.state.accountUsers.some((au) => au.account_id === ctx.account.id && au.user_id === Number(fields.assignee_id))) {
			throw unprocessable('Invalid assignee_id');
		}
		if (![undefined, null, 0, '0'].includes(fields.team_id) && !inAccount(ctx, 'teams').some((t) => t.id === Number(fields.team_id))) {
			throw unprocessable('Invalid team_id');
		}
		const labels = b.labels || {};
		for (const c of inAccount(ctx, 'conversations').filter((x) => ids.includes(x.display_id))) {
			if (labels.remove) c.labels = c.labels.filter((l) => !labels.remove.includes(l));
			if (labels.add) c.labels = replaceLabels(ctx, [...c.labels, ...labels.add]);
			if (b.snoozed_until) c.snoozed_until = new Date(Number(b.snoozed_until) * 1000);
			for (const key of ['status', 'assignee_id', 'team_id']) if (fields[key] !== undefined) c[key] = fields[key];
		}
		return headOk();
	}
	if (type === 'Contact') {
		const contacts = inAccount(ctx, 'contacts').filter((x) => ids.includes(x.id));
		if (b.action_name === 'delete') {
			// authorize(Contact, :destroy?): administrators only
			requireAdmin(ctx);
			ctx.state.contacts = ctx.state.contacts.filter((x) => !contacts.includes(x));
		} else if (b.labels && b.labels.add && b.labels.add.length) {
			// Contacts::BulkActionService: the first of delete, add, remove that applies
			for (const contact of contacts) contact.labels = [...new Set([...(contact.labels || []), ...b.labels.add])];
		} else if (b.labels && b.labels.remove) {
			for (const contact of contacts) contact.labels = (contact.labels || []).filter((l) => !b.labels.remove.includes(l));
		}
		return headOk();
	}
	return { status: 422, body: { success: false } };
}

// ---- messages -----------------------------------------------------------------------

function findMessage(ctx) {
	const c = findConversation(ctx, ctx.params.conversation_id);
	const m = ctx.state.messages.find((x) => x.conversation_id === c.id && x.id === Number(ctx.params.id));
	if (!m) throw notFound();
	return { c, m };
}

const STATUSES = ['sent', 'delivered', 'read', 'failed'];

/** Messages::StatusUpdateService, API inboxes only (ensure_api_inbox). */
function updateMessageStatus(ctx) {
	const c = findConversation(ctx, ctx.params.conversation_id);
	const inbox = ctx.state.inboxes.find((i) => i.id === c.inbox_id);
	if (!inbox || inbox.channel_type !== 'Channel::Api') throw new HttpError(403, { error: 'Message status update is only allowed for API inboxes' });
	const { m } = findMessage(ctx);
	if (!STATUSES.includes(ctx.body.status)) return noContent(); // the service refuses silently
	m.status = ctx.body.status;
	const { external_error: _old, ...attributes } = m.content_attributes || {};
	m.content_attributes = ctx.body.status === 'failed' && ctx.body.external_error ? { ...attributes, external_error: ctx.body.external_error } : attributes;
	m.updated_at = ctx.now;
	return noContent();
}

/** A failed message goes out again: status sent, its error dropped; the message is the answer. */
function retryMessage(ctx) {
	const { m } = findMessage(ctx);
	if (m.status === 'failed') {
		const { external_error: _error, ...attributes } = m.content_attributes || {};
		Object.assign(m, { status: 'sent', content_attributes: attributes, updated_at: ctx.now });
	}
	return ok(views.messageEvent(ctx.state, ctx.baseUrl, m));
}

/**
 * Integrations::GoogleTranslate::ProcessorService; the fake "translates" by tagging the text
 * with the language. An earlier translation into that language: `head :ok`.
 */
function translateMessage(ctx) {
	const { m } = findMessage(ctx);
	const language = ctx.body.target_language;
	m.translations ??= {};
	if (m.translations[language]) return headOk();
	const content = m.content ? `[${language}] ${m.content}` : null;
	if (content) m.translations[language] = content;
	return ok({ content });
}

module.exports = {
	handlers: {
		'api/v1/accounts/conversations#destroy': destroy,
		'api/v1/accounts/conversations#mute': mute,
		'api/v1/accounts/conversations#unmute': unmute,
		'api/v1/accounts/conversations#transcript': transcript,
		'api/v1/accounts/conversations#update_last_seen': updateLastSeen,
		'api/v1/accounts/conversations#unread': unread,
		'api/v1/accounts/conversations#attachments': attachments,
		'api/v1/accounts/conversations/unread_counts#index': unreadCounts,
		'api/v1/accounts/conversations/participants#show': showParticipants,
		'api/v1/accounts/conversations/participants#create': addParticipants,
		'api/v1/accounts/conversations/participants#update': setParticipants,
		'api/v1/accounts/conversations/participants#destroy': removeParticipants,
		'api/v1/accounts/conversations/draft_messages#show': showDraft,
		'api/v1/accounts/conversations/draft_messages#update': saveDraft,
		'api/v1/accounts/conversations/draft_messages#destroy': deleteDraft,
		'api/v1/accounts/bulk_actions#create': bulkActions,
		'api/v1/accounts/conversations/messages#update': updateMessageStatus,
		'api/v1/accounts/conversations/messages#retry': retryMessage,
		'api/v1/accounts/conversations/messages#translate': translateMessage,
	},
};
