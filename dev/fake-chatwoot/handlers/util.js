'use strict';
// Small helpers shared by the handlers.

const { notFound, unauthorized } = require('../errors');

const ok = (body) => ({ status: 200, body });

// `head :ok`: status 200, no body
const headOk = () => ({ status: 200, head: true });

/** Only what a controller's `params.permit(...)` lets through; Rails drops the rest. */
function permit(body, names) {
	const out = {};
	for (const name of names) if (body && body[name] !== undefined) out[name] = body[name];
	return out;
}

/** `Current.account.<collection>.find(id)`: 404 unless the record is in this account. */
function findInAccount(ctx, collection, id, key = 'id') {
	const wanted = key === 'id' ? Number(id) : id;
	const record = ctx.state[collection].find((r) => r[key] === wanted && r.account_id === ctx.account.id);
	if (!record) throw notFound();
	return record;
}

function inAccount(ctx, collection) {
	return ctx.state[collection].filter((r) => r.account_id === ctx.account.id);
}

/** Pundit: administrator-only actions answer 401 to agents. */
function requireAdmin(ctx) {
	if (ctx.principal.kind === 'user' && (!ctx.accountUser || ctx.accountUser.role !== 'administrator')) {
		throw unauthorized('You are not authorized to do this action');
	}
}

function isAdmin(ctx) {
	return ctx.principal.kind !== 'user' || (ctx.accountUser && ctx.accountUser.role === 'administrator');
}

/** Kaminari-style page: 1-based, anything unusable counts as 1. */
function pageOf(list, page, perPage) {
	const n = Math.max(1, parseInt(page, 10) || 1);
	return list.slice((n - 1) * perPage, n * perPage);
}

function currentUserId(ctx) {
	return ctx.principal.kind === 'user' ? ctx.principal.user.id : undefined;
}

module.exports = { ok, headOk, permit, findInAccount, inAccount, requireAdmin, isAdmin, pageOf, currentUserId };
