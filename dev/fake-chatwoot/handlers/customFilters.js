'use strict';
// Custom filters (saved filters of the current user).

const { ok, headOk, permit, inAccount, currentUserId } = require('./util');
const { saveOrThrow, notFound } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');
const { blank } = require('../models/user');

/** A user's own filters in this account. */
function myFilters(ctx) {
	return inAccount(ctx, 'customFilters').filter((f) => f.user_id === currentUserId(ctx));
}

function findFilter(ctx) {
	const f = myFilters(ctx).find((x) => x.id === Number(ctx.params.custom_filter_id));
	if (!f) throw notFound();
	return f;
}

function listFilters(ctx) {
	const type = ctx.query.filter_type || 'conversation';
	return ok(myFilters(ctx).filter((f) => f.filter_type === type).map(views.customFilter));
}

function filterErrors(f) {
	const errors = [];
	if (blank(f.name)) errors.push({ attribute: 'name', message: "Name can't be blank" });
	if (!f.query || !Object.keys(f.query).length) errors.push({ attribute: 'query', message: "Query can't be blank" });
	return errors;
}

// params.require(:custom_filter).permit(:name, :filter_type, query: {}): ParamsWrapper copies
// the flat JSON keys that are columns (name, filter_type, query) into params[:custom_filter].
// The spec's `type` is no column; the fake refuses it (permits.js) instead of dropping it.
const FILTER_PARAMS = ['name', 'filter_type', 'query'];

function filterParams(ctx) {
	return permit(ctx.body.custom_filter || ctx.body, FILTER_PARAMS);
}

function createFilter(ctx) {
	const f = { id: nextId(ctx.state, 'customFilters'), account_id: ctx.account.id, user_id: currentUserId(ctx), filter_type: 'conversation', ...filterParams(ctx), created_at: ctx.now, updated_at: ctx.now };
	saveOrThrow(filterErrors(f));
	ctx.state.customFilters.push(f);
	return ok(views.customFilter(f));
}

function showFilter(ctx) {
	return ok(views.customFilter(findFilter(ctx)));
}

function updateFilter(ctx) {
	const f = findFilter(ctx);
	const changed = { ...f, ...filterParams(ctx), updated_at: ctx.now };
	saveOrThrow(filterErrors(changed));
	Object.assign(f, changed);
	return ok(views.customFilter(f));
}

function deleteFilter(ctx) {
	const f = findFilter(ctx);
	ctx.state.customFilters = ctx.state.customFilters.filter((x) => x !== f);
	return headOk();
}

module.exports = {
	handlers: {
		'list-all-filters': listFilters,
		'create-a-custom-filter': createFilter,
		'get-details-of-a-single-custom-filter': showFilter,
		'update-a-custom-filter': updateFilter,
		'delete-a-custom-filter': deleteFilter,
	},
};
