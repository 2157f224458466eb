'use strict';
// Contacts of the application API (Api::V1::Accounts::ContactsController and friends).

const crypto = require('node:crypto');
const { ok, headOk, permit, findInAccount, inAccount, pageOf } = require('./util');
const { saveOrThrow, unprocessable } = require('../errors');
const { newContact, newContactInbox } = require('../seed');
const views = require('../views/application');
const { matches } = require('./filters');
const { visibleConversations, sortConversations, replaceLabels } = require('./conversations');

const PER_PAGE = 15;
const EMAIL_REGEXP = /^[^@\s]+@[^@\s]+$/;
const E164 = /^\+[1-9]\d{1,14}$/;

const CONTACT_PARAMS = ['name', 'identifier', 'email', 'phone_number', 'blocked', 'avatar_url', 'additional_attributes', 'custom_attributes'];

/** Contact model validations; messages as Chatwoot's locale renders them. */
function contactErrors(state, c) {
	const errors = [];
	const others = state.contacts.filter((o) => o.account_id === c.account_id && o.id !== c.id);
	if (c.email) {
		if (!EMAIL_REGEXP.test(c.email)) errors.push({ attribute: 'email', message: 'Email Invalid email' });
		else if (others.some((o) => o.email && o.email.toLowerCase() === c.email.toLowerCase())) errors.push({ attribute: 'email', message: 'Email has already been taken' });
	}
	if (c.phone_number) {
		if (!E164.test(c.phone_number)) errors.push({ attribute: 'phone_number', message: 'Phone number should be in e164 format' });
		else if (others.some((o) => o.phone_number === c.phone_number)) errors.push({ attribute: 'phone_number', message: 'Phone number has already been taken' });
	}
	if (c.identifier && others.some((o) => o.identifier === c.identifier)) errors.push({ attribute: 'identifier', message: 'Identifier has already been taken' });
	return errors;
}

/** Contact.resolved_contacts: the index leaves out visitors without email, phone or identifier. */
function resolved(c) {
	return Boolean(c.email || c.phone_number || c.identifier);
}

const SORTABLE = ['name', 'email', 'phone_number', 'last_activity_at'];

/** `sort=name` / `sort=-last_activity_at`; nulls last; without sort the order of creation. */
function sortContacts(list, sort) {
	const desc = typeof sort === 'string' && sort.startsWith('-');
	const key = typeof sort === 'string' ? sort.replace(/^-/, '') : '';
	if (!SORTABLE.includes(key)) return [...list].sort((a, b) => a.id - b.id);
	const value = (c) => (c[key] instanceof Date ? c[key].getTime() : c[key] == null ? null : String(c[key]).toLowerCase());
	return [...list].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		if (va === null || vb === null) return va === vb ? a.id - b.id : va === null ? 1 : -1;
		const cmp = va < vb ? -1 : va > vb ? 1 : a.id - b.id;
		return desc ? -cmp : cmp;
	});
}

function currentPage(ctx) {
	// echoes the parameter as sent (a string), 1 when absent
	return ctx.query.page ?? 1;
}

function contactList(ctx) {
	const contacts = sortContacts(inAccount(ctx, 'contacts').filter(resolved), ctx.query.sort);
	return ok({
		meta: { count: contacts.length, current_page: currentPage(ctx) },
		payload: pageOf(contacts, ctx.query.page, PER_PAGE).map((c) => views.contact(ctx.state, c, true)),
	});
}

function contactSearch(ctx) {
	const q = String(ctx.query.q || '').trim().toLowerCase();
	if (!q) throw unprocessable('Specify search string with parameter q');
	const hits = inAccount(ctx, 'contacts').filter((c) => resolved(c) && [c.name, c.email, c.phone_number, c.identifier].some((v) => v && String(v).toLowerCase().includes(q)));
	// one row more than a page tells whether there is a next page; count is that page's size
	const page = Math.max(1, parseInt(ctx.query.page, 10) || 1);
	const rows = sortContacts(hits, ctx.query.sort).slice((page - 1) * PER_PAGE, page * PER_PAGE + 1);
	const hasMore = rows.length > PER_PAGE;
	const payload = rows.slice(0, PER_PAGE);
	return ok({
		meta: { count: payload.length, current_page: currentPage(ctx), has_more: hasMore },
		payload: payload.map((c) => views.contact(ctx.state, c, true)),
	});
}

function readContact(c, key) {
	if (key in c) return c[key];
	if (c.additional_attributes && key in c.additional_attributes) return c.additional_attributes[key];
	return c.custom_attributes ? c.custom_attributes[key] : undefined;
}

function contactFilter(ctx) {
	const filters = ctx.body.payload || [];
	const hits = inAccount(ctx, 'contacts').filter((c) => matches(c, filters, readContact));
	return ok({
		meta: { count: hits.length, current_page: currentPage(ctx) },
		payload: pageOf(sortContacts(hits), ctx.query.page, PER_PAGE).map((c) => views.contact(ctx.state, c, true)),
	});
}

/** ContactInboxBuilder: the source id of a contact in an inbox. */
function buildContactInbox(ctx, contact, inbox, sourceId) {
	const existing = ctx.state.contactInboxes.find((ci) => ci.contact_id === contact.id && ci.inbox_id === inbox.id && (!sourceId || ci.source_id === sourceId));
	if (existing) return existing;
	let source = sourceId;
	if (!source) source = inbox.channel_type === 'Channel::Email' ? contact.email : inbox.channel_type === 'Channel::Sms' ? contact.phone_number : crypto.randomUUID();
	const ci = newContactInbox(ctx.state, { contact_id: contact.id, inbox_id: inbox.id, source_id: source }, ctx.now);
	ctx.state.contactInboxes.push(ci);
	return ci;
}

function normalizeContactAttrs(attrs) {
	if (typeof attrs.email === 'string') attrs.email = attrs.email.trim().toLowerCase() || null;
	return attrs;
}

function contactCreate(ctx) {
	const attrs = normalizeContactAttrs(permit(ctx.body, CONTACT_PARAMS));
	const inbox = findInAccount(ctx, 'inboxes', ctx.body.inbox_id);
	const contact = newContact(ctx.state, { ...attrs, account_id: ctx.account.id }, ctx.now);
	saveOrThrow(contactErrors(ctx.state, contact));
	ctx.state.contacts.push(contact);
	const ci = buildContactInbox(ctx, contact, inbox);
	return ok({
		payload: {
			contact: views.contact(ctx.state, contact, true),
			contact_inbox: { inbox: views.inbox(ctx.state, inbox), source_id: ci.source_id },
		},
	});
}

function contactDetails(ctx) {
	return ok({ payload: views.contact(ctx.state, findInAccount(ctx, 'contacts', ctx.params.id), true) });
}

function contactUpdate(ctx) {
	const contact = findInAccount(ctx, 'contacts', ctx.params.id);
	const attrs = normalizeContactAttrs(permit(ctx.body, CONTACT_PARAMS));
	const changed = { ...contact, ...attrs, updated_at: ctx.now };
	// contact_update_params: custom and additional attributes are merged into the stored ones
	if (attrs.custom_attributes) changed.custom_attributes = { ...contact.custom_attributes, ...attrs.custom_attributes };
	if (attrs.additional_attributes) changed.additional_attributes = { ...contact.additional_attributes, ...attrs.additional_attributes };
	saveOrThrow(contactErrors(ctx.state, changed));
	Object.assign(contact, changed);
	return ok({ payload: views.contact(ctx.state, contact, true) });
}

function removeContact(state, contact) {
	const conversationIds = state.conversations.filter((c) => c.contact_id === contact.id).map((c) => c.id);
	state.messages = state.messages.filter((m) => !conversationIds.includes(m.conversation_id));
	state.conversations = state.conversations.filter((c) => c.contact_id !== contact.id);
	state.contactInboxes = state.contactInboxes.filter((ci) => ci.contact_id !== contact.id);
	state.contacts = state.contacts.filter((c) => c !== contact);
}

function contactDelete(ctx) {
	removeContact(ctx.state, findInAccount(ctx, 'contacts', ctx.params.id));
	return headOk();
}

function contactConversations(ctx) {
	const contact = findInAccount(ctx, 'contacts', ctx.params.id);
	const list = sortConversations(visibleConversations(ctx).filter((c) => c.contact_id === contact.id));
	return ok({ payload: list.map((c) => views.conversation(ctx.state, ctx.baseUrl, c)) });
}

function contactLabels(ctx) {
	return ok({ payload: [...findInAccount(ctx, 'contacts', ctx.params.id).labels] });
}

function contactAddLabels(ctx) {
	const contact = findInAccount(ctx, 'contacts', ctx.params.id);
	// update_labels: the list sent becomes the whole list
	contact.labels = replaceLabels(ctx, ctx.body.labels);
	return ok({ payload: [...contact.labels] });
}

function contactInboxCreation(ctx) {
	const contact = findInAccount(ctx, 'contacts', ctx.params.id);
	const inbox = findInAccount(ctx, 'inboxes', ctx.body.inbox_id);
	const ci = buildContactInbox(ctx, contact, inbox, ctx.body.source_id);
	return ok({ source_id: ci.source_id, inbox: views.inboxSlim(inbox) });
}

function contactableInboxes(ctx) {
	const contact = findInAccount(ctx, 'contacts', ctx.params.id);
	const payload = inAccount(ctx, 'inboxes').map((inbox) => {
		const ci = ctx.state.contactInboxes.find((x) => x.contact_id === contact.id && x.inbox_id === inbox.id);
		return { source_id: ci ? ci.source_id : crypto.randomUUID(), inbox: views.inbox(ctx.state, inbox) };
	});
	return ok({ payload });
}

function contactMerge(ctx) {
	const base = findInAccount(ctx, 'contacts', ctx.body.base_contact_id);
	const mergee = findInAccount(ctx, 'contacts', ctx.body.mergee_contact_id);
	if (base === mergee) throw unprocessable('contact does not belong to the account');
	// ContactMergeAction: conversations and inboxes move over, empty fields are filled in
	for (const c of ctx.state.conversations) if (c.contact_id === mergee.id) c.contact_id = base.id;
	for (const m of ctx.state.messages) if (m.sender_type === 'Contact' && m.sender_id === mergee.id) m.sender_id = base.id;
	for (const ci of ctx.state.contactInboxes) if (ci.contact_id === mergee.id) ci.contact_id = base.id;
	for (const key of ['email', 'phone_number', 'identifier', 'name']) if (!base[key]) base[key] = mergee[key];
	base.custom_attributes = { ...mergee.custom_attributes, ...base.custom_attributes };
	base.additional_attributes = { ...mergee.additional_attributes, ...base.additional_attributes };
	ctx.state.contacts = ctx.state.contacts.filter((c) => c !== mergee);
	return ok(views.contact(ctx.state, base));
}

module.exports = {
	handlers: {
		contactList,
		contactSearch,
		contactFilter,
		contactCreate,
		contactDetails,
		contactUpdate,
		contactDelete,
		contactConversations,
		'list-all-labels-of-a-contact': contactLabels,
		'contact-add-labels': contactAddLabels,
		contactInboxCreation,
		contactableInboxesGet: contactableInboxes,
		contactMerge,
	},
	// shared with the client API
	contactErrors,
	buildContactInbox,
	removeContact,
	normalizeContactAttrs,
};
