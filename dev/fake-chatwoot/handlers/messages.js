'use strict';
// Messages of a conversation: list, create (JSON or multipart with files), delete, and the
// attachment bytes behind a data_url.

const crypto = require('node:crypto');
const path = require('node:path');
const { ok } = require('./util');
const { notFound, unprocessable, HttpError } = require('../errors');
const { addMessage } = require('../seed');
const { nextId } = require('../state');
const views = require('../views/application');
const agentBotWebhooks = require('../agentBotWebhooks');
const { findConversation, senderOf } = require('./conversations');

const MESSAGES_BEFORE = 20;
const MESSAGES_AFTER = 100;

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
		'list-all-messages': listMessages,
		'create-a-new-message-in-a-conversation': createMessage,
		'delete-a-message': deleteMessage,
		'fake-attachment-download': downloadAttachment,
	},
	storeAttachments,
	fileType,
};
