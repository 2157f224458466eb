'use strict';
// Companies of an account (Enterprise): CompaniesController and Companies::{Contacts,
// Conversations,Notes}Controller (enterprise/app/controllers/api/v1/accounts/), with their
// jbuilder views. Companies live in state.companies (none are seeded); a contact belongs to
// one at most (contact.company_id). Notes are read from state.notes ({ id, account_id,
// contact_id, user_id, content, created_at }), which tests add.

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin, isAdmin, pageOf, currentUserId } = require('./util');
const { HttpError, notFound, saveOrThrow, unprocessable } = require('../errors');
const { nextId } = require('../state');
const { blank } = require('../models/user');
const { unix } = require('../views/time');
const views = require('../views/application');

const COMPANY_PARAMS = ['name', 'domain', 'description', 'additional_attributes', 'custom_attributes'];
const COMPANIES_PER_PAGE = 25;
const CONTACTS_PER_PAGE = 15;
const DOMAIN = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)+$/;

/** ensure_companies_enabled! (403 without the account's `companies` feature), then the list. */
function companies(ctx) {
	const features = ctx.account.features || {};
	if (features.companies === false) throw new HttpError(403, { error: 'Companies are not enabled for this account' });
	ctx.state.companies ??= [];
	return ctx.state.companies;
}

const membersOf = (ctx, company) => ctx.state.contacts.filter((c) => c.company_id === company.id);

/** enterprise/app/views/api/v1/models/_company.json.jbuilder */
function companyView(ctx, company) {
	return {
		id: company.id,
		name: company.name,
		contacts_count: membersOf(ctx, company).length,
		domain: company.domain,
		description: company.description,
		custom_attributes: company.custom_attributes,
		avatar_url: company.avatar_url,
		created_at: unix(company.created_at),
		updated_at: unix(company.updated_at),
	};
}

function companyErrors(ctx, company) {
	const errors = [];
	if (blank(company.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	if (!blank(company.domain)) {
		if (!DOMAIN.test(company.domain)) errors.push({ attribute: 'domain', message: 'Domain must be a valid domain name' });
		else if (companies(ctx).some((c) => c !== company && c.id !== company.id && c.account_id === company.account_id && c.domain === company.domain)) {
			errors.push({ attribute: 'domain', message: 'Domain has already been taken' });
		}
	}
	return errors;
}

function findCompany(ctx, id) {
	companies(ctx);
	return findInAccount(ctx, 'companies', id);
}

const SORTS = {
	name: (a, b) => String(a.name).localeCompare(String(b.name)),
	domain: (a, b) => String(a.domain ?? '').localeCompare(String(b.domain ?? '')),
	created_at: (a, b) => a.created_at - b.created_at,
	last_activity_at: (a, b) => (a.last_activity_at ?? 0) - (b.last_activity_at ?? 0),
	contacts_count: (a, b) => a.contacts_count - b.contacts_count,
};

/** Sift's `sort` (a leading "-": descending), then Kaminari's page. */
function companyPage(ctx, list) {
	const shown = list.map((c) => companyView(ctx, c));
	const sort = ctx.query.sort || '';
	const compare = SORTS[sort.replace(/^-/, '')];
	if (compare) shown.sort((a, b) => (sort.startsWith('-') ? -compare(a, b) : compare(a, b)));
	const page = ctx.query.page || 1;
	return ok({ meta: { total_count: list.length, page }, payload: pageOf(shown, page, COMPANIES_PER_PAGE) });
}

function listCompanies(ctx) {
	companies(ctx);
	return companyPage(ctx, inAccount(ctx, 'companies'));
}

function searchCompanies(ctx) {
	companies(ctx);
	if (blank(ctx.query.q)) throw unprocessable('Search query is missing');
	const q = ctx.query.q.trim().toLowerCase();
	const found = inAccount(ctx, 'companies').filter((c) => [c.name, c.domain].some((v) => String(v ?? '').toLowerCase().includes(q)));
	return companyPage(ctx, found);
}

function createCompany(ctx) {
	const list = companies(ctx);
	const company = {
		id: nextId(ctx.state, 'companies'),
		account_id: ctx.account.id,
		domain: null,
		description: null,
		additional_attributes: {},
		custom_attributes: {},
		avatar_url: '',
		...permit(ctx.body.company || ctx.body, COMPANY_PARAMS),
		created_at: ctx.now,
		updated_at: ctx.now,
	};
	saveOrThrow(companyErrors(ctx, company));
	list.push(company);
	return ok({ payload: companyView(ctx, company) });
}

function showCompany(ctx) {
	return ok({ payload: companyView(ctx, findCompany(ctx, ctx.params.id)) });
}

function updateCompany(ctx) {
	const company = findCompany(ctx, ctx.params.id);
	const attrs = permit(ctx.body.company || ctx.body, COMPANY_PARAMS);
	// company_update_params: custom attributes merged into the existing ones
	const changed = { ...company, ...attrs, custom_attributes: { ...company.custom_attributes, ...(attrs.custom_attributes || {}) }, updated_at: ctx.now };
	saveOrThrow(companyErrors(ctx, changed));
	Object.assign(company, changed);
	return ok({ payload: companyView(ctx, company) });
}

function deleteCompany(ctx) {
	const company = findCompany(ctx, ctx.params.id);
	requireAdmin(ctx);
	ctx.state.companies = ctx.state.companies.filter((c) => c !== company);
	// has_many :contacts, dependent: :nullify
	for (const contact of membersOf(ctx, company)) contact.company_id = null;
	return headOk();
}

function deleteCompanyAvatar(ctx) {
	const company = findCompany(ctx, ctx.params.id);
	company.avatar_url = '';
	return ok({ payload: companyView(ctx, company) });
}

function deleteCustomAttributes(ctx) {
	const company = findCompany(ctx, ctx.params.id);
	const keys = ctx.body.custom_attributes;
	if (!Array.isArray(keys)) throw unprocessable('custom_attributes must be an array');
	company.custom_attributes = Object.fromEntries(Object.entries(company.custom_attributes).filter(([key]) => !keys.includes(key)));
	return ok({ payload: companyView(ctx, company) });
}

// ---- a company's contacts, conversations, notes ----------------------------------------

/** companies/contacts/_contact.json.jbuilder */
function memberView(ctx, company, contact) {
	const own = contact.company_id ? findCompany(ctx, contact.company_id) : null;
	return {
		...views.contact(ctx.state, contact),
		company_id: contact.company_id ?? null,
		linked_to_current_company: contact.company_id === company.id,
		company: own ? companyView(ctx, own) : null,
	};
}

function contactPage(ctx, company, list) {
	const sorted = [...list].sort((a, b) => String(a.name).localeCompare(String(b.name)) || a.id - b.id);
	const page = ctx.query.page || 1;
	return ok({ meta: { total_count: list.length, page }, payload: pageOf(sorted, page, CONTACTS_PER_PAGE).map((c) => memberView(ctx, company, c)) });
}

function listMembers(ctx) {
	const company = findCompany(ctx, ctx.params.company_id);
	return contactPage(ctx, company, membersOf(ctx, company));
}

/** contact_search_scope: contacts of the account outside this company, by name, email, phone, identifier */
function searchMembersToAdd(ctx) {
	const company = findCompany(ctx, ctx.params.company_id);
	if (blank(ctx.query.q)) throw unprocessable('Specify search string with parameter q');
	const q = ctx.query.q.trim().toLowerCase();
	const found = inAccount(ctx, 'contacts')
		.filter((c) => c.company_id !== company.id)
		.filter((c) => [c.name, c.email, c.phone_number, c.identifier].some((v) => String(v ?? '').toLowerCase().includes(q)));
	return contactPage(ctx, company, found);
}

function addMember(ctx) {
	const company = findCompany(ctx, ctx.params.company_id);
	const contact = findInAccount(ctx, 'contacts', ctx.body.contact_id);
	contact.company_id = company.id;
	return ok({ payload: memberView(ctx, company, contact) });
}

function removeMember(ctx) {
	const company = findCompany(ctx, ctx.params.company_id);
	const contact = membersOf(ctx, company).find((c) => c.id === Number(ctx.params.id));
	if (!contact) throw notFound();
	contact.company_id = null;
	return headOk();
}

/** Conversations::PermissionFilterService: agents see the conversations of their inboxes. */
function visibleConversations(ctx) {
	const all = inAccount(ctx, 'conversations');
	if (isAdmin(ctx)) return all;
	const inboxes = new Set(ctx.state.inboxMembers.filter((m) => m.user_id === currentUserId(ctx)).map((m) => m.inbox_id));
	return all.filter((c) => inboxes.has(c.inbox_id));
}

/** The 20 latest conversations of the company's contacts the user may see. */
function companyConversations(ctx) {
	const company = findCompany(ctx, ctx.params.company_id);
	const members = membersOf(ctx, company).map((c) => c.id);
	const list = visibleConversations(ctx)
		.filter((c) => members.includes(c.contact_id))
		.sort((a, b) => b.last_activity_at - a.last_activity_at)
		.slice(0, 20);
	return ok({ payload: list.map((c) => views.conversation(ctx.state, ctx.baseUrl, c)) });
}

/** The 20 latest notes on the company's contacts (models/_note.json.jbuilder plus the contact). */
function companyNotes(ctx) {
	const company = findCompany(ctx, ctx.params.company_id);
	const members = membersOf(ctx, company);
	const notes = (ctx.state.notes ?? [])
		.filter((n) => n.account_id === ctx.account.id && members.some((c) => c.id === n.contact_id))
		.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
		.slice(0, 20);
	return ok({
		payload: notes.map((n) => {
			const user = n.user_id ? ctx.state.users.find((u) => u.id === n.user_id) : undefined;
			return {
				id: n.id,
				content: n.content,
				account_id: n.account_id,
				contact_id: n.contact_id,
				...(user ? { user: views.agent(ctx.state, user, n.account_id) } : {}),
				created_at: unix(n.created_at),
				updated_at: unix(n.created_at),
				contact: views.contact(ctx.state, members.find((c) => c.id === n.contact_id)),
			};
		}),
	});
}

module.exports = {
	handlers: {
		'api/v1/accounts/companies#index': listCompanies,
		'api/v1/accounts/companies#search': searchCompanies,
		'api/v1/accounts/companies#create': createCompany,
		'api/v1/accounts/companies#show': showCompany,
		'api/v1/accounts/companies#update': updateCompany,
		'api/v1/accounts/companies#destroy': deleteCompany,
		'api/v1/accounts/companies#avatar': deleteCompanyAvatar,
		'api/v1/accounts/companies#destroy_custom_attributes': deleteCustomAttributes,
		'api/v1/accounts/companies/contacts#index': listMembers,
		'api/v1/accounts/companies/contacts#search': searchMembersToAdd,
		'api/v1/accounts/companies/contacts#create': addMember,
		'api/v1/accounts/companies/contacts#destroy': removeMember,
		'api/v1/accounts/companies/conversations#index': companyConversations,
		'api/v1/accounts/companies/notes#index': companyNotes,
	},
};
