'use strict';
// Notes on a contact (Api::V1::Accounts::Contacts::NotesController; views contacts/notes/*,
// api/v1/models/_note.json.jbuilder). Kept lazily in state.contactNotes.

const { ok, headOk, findInAccount, currentUserId } = require('./util');
const { notFound, saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { unix } = require('../views/time');

function notesOf(state) {
	state.contactNotes ??= [];
	return state.contactNotes;
}

/** Contacts::BaseController: the contact of the path, in the account. */
function contactOf(ctx) {
	return findInAccount(ctx, 'contacts', ctx.params.contact_id);
}

/** `@contact.notes.find(params[:id])` */
function noteOf(ctx, contact) {
	const note = notesOf(ctx.state).find((n) => n.id === Number(ctx.params.id) && n.contact_id === contact.id);
	if (!note) throw notFound();
	return note;
}

/** `params.require(:note).permit(:content)`, or the flat body when there is no `note` */
function noteParams(ctx) {
	const source = ctx.body && ctx.body.note ? ctx.body.note : ctx.body || {};
	return source.content === undefined ? {} : { content: source.content };
}

/** Note model: `validates :content, presence: true` */
function saveNote(note) {
	const blank = note.content === null || note.content === undefined || String(note.content).trim() === '';
	saveOrThrow(blank ? [{ attribute: 'content', message: "Content can't be blank" }] : []);
}

function noteView(state, note) {
	const user = state.users.find((u) => u.id === note.user_id);
	const out = { id: note.id, content: note.content, account_id: note.account_id, contact_id: note.contact_id };
	if (user) out.user = views.agent(state, user, note.account_id);
	return { ...out, created_at: unix(note.created_at), updated_at: unix(note.updated_at) };
}

function listNotes(ctx) {
	const contact = contactOf(ctx);
	// `@contact.notes.latest`: newest first
	const notes = notesOf(ctx.state).filter((n) => n.contact_id === contact.id).sort((a, b) => b.created_at - a.created_at || b.id - a.id);
	return ok(notes.map((n) => noteView(ctx.state, n)));
}

function createNote(ctx) {
	const contact = contactOf(ctx);
	const notes = notesOf(ctx.state);
	const note = { account_id: ctx.account.id, contact_id: contact.id, content: undefined, ...noteParams(ctx), user_id: currentUserId(ctx) ?? null, created_at: ctx.now, updated_at: ctx.now };
	saveNote(note);
	note.id = nextId(ctx.state, 'contactNotes');
	notes.push(note);
	return ok(noteView(ctx.state, note));
}

function showNote(ctx) {
	return ok(noteView(ctx.state, noteOf(ctx, contactOf(ctx))));
}

function updateNote(ctx) {
	const note = noteOf(ctx, contactOf(ctx));
	const changed = { ...note, ...noteParams(ctx), updated_at: ctx.now };
	saveNote(changed);
	Object.assign(note, changed);
	return ok(noteView(ctx.state, note));
}

function deleteNote(ctx) {
	const note = noteOf(ctx, contactOf(ctx));
	ctx.state.contactNotes = notesOf(ctx.state).filter((n) => n !== note);
	return headOk();
}

module.exports = {
	handlers: {
		'api/v1/accounts/contacts/notes#index': listNotes,
		'api/v1/accounts/contacts/notes#create': createNote,
		'api/v1/accounts/contacts/notes#show': showNote,
		'api/v1/accounts/contacts/notes#update': updateNote,
		'api/v1/accounts/contacts/notes#destroy': deleteNote,
	},
};
