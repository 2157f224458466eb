'use strict';
// The account itself (GET/PATCH .../accounts/{id}).

const { ok, permit, requireAdmin } = require('./util');
const { saveOrThrow } = require('../errors');
const views = require('../views/application');
const { blank } = require('../models/user');

function getAccount(ctx) {
	return ok({ ...views.accountDetail(ctx.account), latest_chatwoot_version: '4.11.2', subscribed_features: [] });
}

function updateAccount(ctx) {
	requireAdmin(ctx);
	const a = ctx.account;
	const attrs = permit(ctx.body, ['name', 'locale', 'domain', 'support_email', 'auto_resolve_after', 'auto_resolve_message', 'auto_resolve_ignore_waiting']);
	saveOrThrow(blank(attrs.name ?? a.name) ? [{ attribute: 'name', message: "Name can't be blank" }] : []);
	Object.assign(a, attrs, { updated_at: ctx.now });
	// industry, company_size and timezone live in custom_attributes
	const custom = permit(ctx.body, ['industry', 'company_size', 'timezone']);
	a.custom_attributes = { ...a.custom_attributes, ...custom };
	return ok(views.accountDetail(a));
}

module.exports = {
	handlers: {
		'get-account-details': getAccount,
		'update-account': updateAccount,
	},
};
