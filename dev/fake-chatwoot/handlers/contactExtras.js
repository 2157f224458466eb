'use strict';
// Contact routes beyond the spec: find by source ID (ContactInboxesController#filter), online
// contacts, CSV import and export, avatar removal (ContactsController) and a contact's files
// (Contacts::AttachmentsController). What they read: serverReads/contacts.js.

const { ok, headOk, findInAccount, inAccount, pageOf, requireAdmin } = require('./util');
const { HttpError, unprocessable } = require('../errors');
const { reject, UploadedFile } = require('../schemaChecks');
const { visibleConversations } = require('./conversations');
const views = require('../views/application');
const { unix } = require('../views/time');

const PER_PAGE = 15;
const ATTACHMENTS_PER_PAGE = 100;

/** `@inbox.contact_inboxes.where(source_id:)`: the contact with its contact inboxes, or `head :not_found` */
function findBySourceId(ctx) {
	const inbox = findInAccount(ctx, 'inboxes', ctx.body.inbox_id);
	// `where(source_id:)` casts to the string column; a missing one matches nothing
	const sourceId = ctx.body.source_id === undefined || ctx.body.source_id === null ? undefined : String(ctx.body.source_id);
	const found = ctx.state.contactInboxes.find((ci) => ci.inbox_id === inbox.id && ci.source_id === sourceId);
	if (!found) throw new HttpError(404, undefined);
	return ok(views.contact(ctx.state, ctx.state.contacts.find((c) => c.id === found.contact_id), true));
}

/** OnlineStatusTracker's available contacts: the test sets state.onlineContactIds. */
function onlineContacts(ctx) {
	const online = new Set(ctx.state.onlineContactIds ?? []);
	const list = inAccount(ctx, 'contacts').filter((c) => online.has(c.id));
	const page = pageOf(list, ctx.query.page, PER_PAGE);
	return ok({
		meta: { count: list.length, current_page: ctx.query.page ?? 1 },
		payload: page.map((c) => ({ ...views.contact(ctx.state, c, true), availability_status: 'online' })),
	});
}

/** Account::ContactsExportJob runs later and emails the link; state.contactExports records the request. */
function exportContacts(ctx) {
	requireAdmin(ctx);
	ctx.state.contactExports ??= [];
	ctx.state.contactExports.push({ account_id: ctx.account.id, column_names: ctx.body.column_names ?? null, label: ctx.body.label ?? null });
	return headOk();
}

/**
 * `data_imports.create!(data_type: 'contacts')` with the file attached; DataImportJob reads the
 * CSV a minute later and emails the administrators (not played): state.contactImports records it.
 */
function importContacts(ctx) {
	requireAdmin(ctx);
	const file = ctx.body.import_file;
	if (file === undefined || file === null || (typeof file === 'string' && file.trim() === '')) throw unprocessable('File is blank');
	// ActiveStorage attaches a String as a signed blob id: only an uploaded file is an import
	if (!(file instanceof UploadedFile)) reject('body.import_file must be a file (multipart/form-data): the server attaches it to the import');
	ctx.state.contactImports ??= [];
	ctx.state.contactImports.push({ account_id: ctx.account.id, data_type: 'contacts', status: 'pending', file_name: file.filename, mime_type: file.mimeType, data: file.data });
	return headOk();
}

/** The avatar is purged; the answer is the contact (avatar.json.jbuilder) */
function deleteAvatar(ctx) {
	const contact = findInAccount(ctx, 'contacts', ctx.params.id);
	contact.avatar_url = '';
	return ok({ payload: views.contact(ctx.state, contact) });
}

/** api/v1/models/_attachment.json.jbuilder plus the conversation's display id */
function attachmentView(ctx, a, message, conversation) {
	const data = views.attachment(ctx.baseUrl, a);
	const sender = views.messageEvent(ctx.state, ctx.baseUrl, message).sender;
	const out = {
		id: data.id,
		message_id: data.message_id,
		thumb_url: data.thumb_url,
		data_url: data.data_url,
		file_size: data.file_size,
		file_type: data.file_type,
		extension: data.extension,
		width: data.width,
		height: data.height,
		created_at: unix(message.created_at),
	};
	if (sender) out.sender = sender;
	return { ...out, conversation_id: conversation.display_id };
}

/** Attachments of the messages in the contact's conversations the caller may see, newest first */
function contactAttachments(ctx) {
	const contact = findInAccount(ctx, 'contacts', ctx.params.contact_id);
	const conversations = new Map(visibleConversations(ctx).filter((c) => c.contact_id === contact.id).map((c) => [c.id, c]));
	const found = ctx.state.attachments
		.map((a) => ({ a, message: ctx.state.messages.find((m) => m.id === a.message_id) }))
		.filter(({ message }) => message && conversations.has(message.conversation_id))
		.sort((x, y) => y.a.created_at - x.a.created_at || y.a.id - x.a.id);
	const page = pageOf(found, ctx.query.page, ATTACHMENTS_PER_PAGE);
	return ok({
		meta: { total_count: found.length },
		payload: page.map(({ a, message }) => attachmentView(ctx, a, message, conversations.get(message.conversation_id))),
	});
}

module.exports = {
	handlers: {
		'api/v1/accounts/contact_inboxes#filter': findBySourceId,
		'api/v1/accounts/contacts#active': onlineContacts,
		'api/v1/accounts/contacts#export': exportContacts,
		'api/v1/accounts/contacts#import': importContacts,
		'api/v1/accounts/contacts#avatar': deleteAvatar,
		'api/v1/accounts/contacts/attachments#index': contactAttachments,
	},
};
