'use strict';
// Labels of an account.

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { blank } = require('../models/user');

const LABEL_PARAMS = ['title', 'description', 'color', 'show_on_sidebar'];

function labelErrors(ctx, label) {
	const errors = [];
	if (blank(label.title)) errors.push({ attribute: 'title', message: "Title can't be blank" });
	else if (!/^[\p{L}\p{N}_-]+$/u.test(label.title)) errors.push({ attribute: 'title', message: 'Title is invalid' });
	else if (inAccount(ctx, 'labels').some((l) => l.id !== label.id && l.title === label.title)) errors.push({ attribute: 'title', message: 'Title has already been taken' });
	return errors;
}

function saveLabel(ctx, label) {
	// titles are stored downcased
	if (typeof label.title === 'string') label.title = label.title.toLowerCase();
	saveOrThrow(labelErrors(ctx, label));
	return label;
}

function listLabels(ctx) {
	return ok({ payload: inAccount(ctx, 'labels').map(views.label) });
}

function createLabel(ctx) {
	requireAdmin(ctx);
	const label = saveLabel(ctx, { id: nextId(ctx.state, 'labels'), account_id: ctx.account.id, description: null, color: '#1f93ff', show_on_sidebar: null, ...permit(ctx.body, LABEL_PARAMS), created_at: ctx.now });
	ctx.state.labels.push(label);
	return ok(views.label(label));
}

function showLabel(ctx) {
	return ok(views.label(findInAccount(ctx, 'labels', ctx.params.id)));
}

function updateLabel(ctx) {
	requireAdmin(ctx);
	const label = findInAccount(ctx, 'labels', ctx.params.id);
	Object.assign(label, saveLabel(ctx, { ...label, ...permit(ctx.body, LABEL_PARAMS) }));
	return ok(views.label(label));
}

function deleteLabel(ctx) {
	requireAdmin(ctx);
	const label = findInAccount(ctx, 'labels', ctx.params.id);
	ctx.state.labels = ctx.state.labels.filter((l) => l !== label);
	return headOk();
}

module.exports = {
	handlers: {
		'list-all-labels': listLabels,
		'create-a-label': createLabel,
		'get-details-of-a-single-label': showLabel,
		'update-a-label': updateLabel,
		'delete-a-label': deleteLabel,
	},
};
