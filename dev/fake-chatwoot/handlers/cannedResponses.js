'use strict';
// Canned responses.

const { ok, headOk, permit, findInAccount, inAccount } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { blank } = require('../models/user');

function cannedErrors(ctx, r) {
	const errors = [];
	if (blank(r.short_code)) errors.push({ attribute: 'short_code', message: "Short code can't be blank" });
	else if (inAccount(ctx, 'cannedResponses').some((o) => o.id !== r.id && o.short_code === r.short_code)) errors.push({ attribute: 'short_code', message: 'Short code has already been taken' });
	if (blank(r.content)) errors.push({ attribute: 'content', message: "Content can't be blank" });
	return errors;
}

function listCanned(ctx) {
	return ok(inAccount(ctx, 'cannedResponses').map(views.cannedResponse));
}

function createCanned(ctx) {
	const r = { id: nextId(ctx.state, 'cannedResponses'), account_id: ctx.account.id, ...permit(ctx.body, ['short_code', 'content']), created_at: ctx.now, updated_at: ctx.now };
	saveOrThrow(cannedErrors(ctx, r));
	ctx.state.cannedResponses.push(r);
	return ok(views.cannedResponse(r));
}

function updateCanned(ctx) {
	const r = findInAccount(ctx, 'cannedResponses', ctx.params.id);
	const changed = { ...r, ...permit(ctx.body, ['short_code', 'content']), updated_at: ctx.now };
	saveOrThrow(cannedErrors(ctx, changed));
	Object.assign(r, changed);
	return ok(views.cannedResponse(r));
}

function deleteCanned(ctx) {
	const r = findInAccount(ctx, 'cannedResponses', ctx.params.id);
	ctx.state.cannedResponses = ctx.state.cannedResponses.filter((x) => x !== r);
	return headOk();
}

module.exports = {
	handlers: {
		'get-account-canned-response': listCanned,
		'add-new-canned-response-to-account': createCanned,
		'update-canned-response-in-account': updateCanned,
		'delete-canned-response-from-account': deleteCanned,
	},
};
