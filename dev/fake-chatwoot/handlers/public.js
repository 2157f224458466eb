'use strict';
// Client API (/public/api/v1/inboxes/{inbox_identifier}/...): no token; the identifier of
// an API-channel inbox is the secret, the contact is named by its source id in that inbox.

const { ok, headOk, permit } = require('./util');
const { notFound, saveOrThrow } = require('../errors');
const { newContact, newContactInbox, newConversation, addMessage } = require('../seed');
const { iso, unix } = require('../views/time');
const views = require('../views/application');
const { contactErrors, normalizeContactAttrs } = require('./contacts');
const { storeAttachments } = require('./messages');
const agentBotWebhooks = require('../agentBotWebhooks');

function findInbox(ctx) {
	const inbox = ctx.state.inboxes.find((i) => i.channel_type === 'Channel::Api' && i.inbox_identifier === ctx.params.inbox_identifier);
	if (!inbox) throw notFound();
	return inbox;
}

function findContactInbox(ctx, inbox = findInbox(ctx)) {
	const ci = ctx.state.contactInboxes.find((x) => x.inbox_id === inbox.id && x.source_id === ctx.params.contact_identifier);
	if (!ci) throw notFound();
	return { inbox, ci, contact: ctx.state.contacts.find((c) => c.id === ci.contact_id) };
}

function findConversation(ctx) {
	const { inbox, ci, contact } = findContactInbox(ctx);
	const conversation = ctx.state.conversations.find((c) => c.contact_inbox_id === ci.id && c.display_id === Number(ctx.params.conversation_id));
	if (!conversation) throw notFound();
	return { inbox, ci, contact, conversation };
}

// ---- views ----------------------------------------------------------------------

/** public/api/v1/models/_contact + the source id and pubsub token of the session */
function publicContact(ci, contact) {
	return { id: contact.id, name: contact.name, email: contact.email, phone_number: contact.phone_number, source_id: ci.source_id, pubsub_token: ci.pubsub_token };
}

/** `render json: contact`: the record's attributes */
function contactRecord(c) {
	return {
		id: c.id,
		name: c.name,
		email: c.email,
		phone_number: c.phone_number,
		account_id: c.account_id,
		created_at: iso(c.created_at),
		updated_at: iso(c.updated_at),
		additional_attributes: c.additional_attributes,
		identifier: c.identifier,
		custom_attributes: c.custom_attributes,
		last_activity_at: iso(c.last_activity_at),
		contact_type: 'lead',
		blocked: c.blocked,
	};
}

function publicMessage(ctx, m) {
	const data = views.messageEvent(ctx.state, ctx.baseUrl, m);
	return {
		id: m.id,
		content: m.content,
		message_type: data.message_type,
		content_type: m.content_type,
		content_attributes: m.content_attributes,
		created_at: unix(m.created_at),
		conversation_id: data.conversation_id,
		attachments: data.attachments || [],
		sender: data.sender,
	};
}

function publicMessages(ctx, conversation) {
	return views.messagesOf(ctx.state, conversation).filter((m) => !m.private);
}

function publicConversation(ctx, c, contact) {
	return {
		id: c.display_id,
		uuid: c.uuid,
		inbox_id: c.inbox_id,
		contact_last_seen_at: unix(c.contact_last_seen_at) || 0,
		status: c.status,
		agent_last_seen_at: unix(c.agent_last_seen_at) || 0,
		messages: publicMessages(ctx, c).map((m) => publicMessage(ctx, m)),
		contact: contactRecord(contact),
	};
}

// ---- handlers -------------------------------------------------------------------

function getInbox(ctx) {
	const i = findInbox(ctx);
	return ok({
		identifier: i.inbox_identifier,
		name: i.name,
		timezone: i.timezone,
		working_hours: i.working_hours,
		working_hours_enabled: i.working_hours_enabled,
		csat_survey_enabled: i.csat_survey_enabled,
		greeting_enabled: i.greeting_enabled,
		identity_validation_enabled: false,
	});
}

const CONTACT_PARAMS = ['identifier', 'email', 'name', 'phone_number', 'custom_attributes'];

/** ContactInboxWithContactBuilder: a known identifier or email reuses that contact. */
function createContact(ctx) {
	const inbox = findInbox(ctx);
	const attrs = normalizeContactAttrs(permit(ctx.body, CONTACT_PARAMS));
	const same = (c) => c.account_id === inbox.account_id && ((attrs.identifier && c.identifier === attrs.identifier) || (attrs.email && c.email === attrs.email));
	let contact = ctx.state.contacts.find(same);
	if (!contact) {
		contact = newContact(ctx.state, { ...attrs, account_id: inbox.account_id }, ctx.now);
		saveOrThrow(contactErrors(ctx.state, contact));
		ctx.state.contacts.push(contact);
	}
	const ci = newContactInbox(ctx.state, { contact_id: contact.id, inbox_id: inbox.id }, ctx.now);
	ctx.state.contactInboxes.push(ci);
	return ok(publicContact(ci, contact));
}

function getContact(ctx) {
	const { ci, contact } = findContactInbox(ctx);
	return ok(publicContact(ci, contact));
}

// contacts_controller.rb:19 `.except(:identifier)`: update reads the identifier only to check
// identifier_hash, and never changes it
const UPDATE_PARAMS = CONTACT_PARAMS.filter((name) => name !== 'identifier');

function updateContact(ctx) {
	const { contact } = findContactInbox(ctx);
	const attrs = normalizeContactAttrs(permit(ctx.body, UPDATE_PARAMS));
	const changed = { ...contact, ...attrs, updated_at: ctx.now };
	if (attrs.custom_attributes) changed.custom_attributes = { ...contact.custom_attributes, ...attrs.custom_attributes };
	saveOrThrow(contactErrors(ctx.state, changed));
	Object.assign(contact, changed);
	return ok(contactRecord(contact));
}

function listConversations(ctx) {
	const { ci, contact } = findContactInbox(ctx);
	const list = ctx.state.conversations.filter((c) => c.contact_inbox_id === ci.id);
	return ok(list.map((c) => publicConversation(ctx, c, contact)));
}

function createConversation(ctx) {
	const { inbox, ci, contact } = findContactInbox(ctx);
	const c = newConversation(ctx.state, { account_id: inbox.account_id, inbox_id: inbox.id, contact_id: contact.id, contact_inbox_id: ci.id, custom_attributes: ctx.body.custom_attributes, status: agentBotWebhooks.initialStatus(ctx.state, inbox.id) }, ctx.now);
	ctx.state.conversations.push(c);
	return ok(publicConversation(ctx, c, contact));
}

function getConversation(ctx) {
	const { conversation, contact } = findConversation(ctx);
	return ok(publicConversation(ctx, conversation, contact));
}

function resolveConversation(ctx) {
	const { conversation, contact } = findConversation(ctx);
	agentBotWebhooks.setStatus(ctx.state, ctx.baseUrl, conversation, 'resolved');
	conversation.updated_at = ctx.now;
	return ok(publicConversation(ctx, conversation, contact));
}

function toggleTyping(ctx) {
	findConversation(ctx);
	return headOk();
}

function updateLastSeen(ctx) {
	const { conversation } = findConversation(ctx);
	conversation.contact_last_seen_at = ctx.now;
	return headOk();
}

function listMessages(ctx) {
	const { conversation } = findConversation(ctx);
	return ok(publicMessages(ctx, conversation).map((m) => publicMessage(ctx, m)));
}

function createMessage(ctx) {
	const { conversation, contact } = findConversation(ctx);
	const m = addMessage(ctx.state, conversation, { message_type: 'incoming', content: ctx.body.content ?? null, echo_id: ctx.body.echo_id, sender_type: 'Contact', sender_id: contact.id }, ctx.now);
	// multipart attachments[] (allow-list entry 13), stored like the application API's
	storeAttachments(ctx, m);
	agentBotWebhooks.messageCreated(ctx.state, ctx.baseUrl, m);
	return ok(publicMessage(ctx, m));
}

function updateMessage(ctx) {
	const { conversation } = findConversation(ctx);
	const m = ctx.state.messages.find((x) => x.conversation_id === conversation.id && x.id === Number(ctx.params.message_id));
	if (!m) throw notFound();
	// form and CSAT answers go into content_attributes.submitted_values
	m.content_attributes = { ...m.content_attributes, submitted_values: ctx.body.submitted_values };
	m.updated_at = ctx.now;
	return ok(publicMessage(ctx, m));
}

module.exports = {
	handlers: {
		'get-details-of-a-inbox': getInbox,
		'create-a-contact': createContact,
		'get-details-of-a-contact': getContact,
		'update-a-contact': updateContact,
		'list-all-contact-conversations': listConversations,
		'create-a-conversation': createConversation,
		'get-single-conversation': getConversation,
		'resolve-conversation': resolveConversation,
		'toggle-typing-status': toggleTyping,
		'update-last-seen': updateLastSeen,
		'list-all-conversation-messages': listMessages,
		'create-a-message': createMessage,
		'update-a-message': updateMessage,
	},
};
