'use strict';
// Agents and presence routes the spec leaves out: AgentsController#bulk_create,
// AssignableAgentsController#index, InboxesController#assignable_agents and
// ProfilesController#availability / #auto_offline.

const { ok, headOk, requireAdmin, findInAccount, isAdmin } = require('./util');
const { HttpError, notFound, unauthorized } = require('../errors');
const agents = require('./agents');
const views = require('../views/platform');

/** AgentsController#bulk_create: AgentBuilder per address (name: the part before @); failures are skipped. */
function bulkCreate(ctx) {
	requireAdmin(ctx);
	const addAgent = agents.handlers['add-new-agent-to-account'];
	for (const email of ctx.body.emails || []) {
		try {
			addAgent({ ...ctx, body: { email, name: String(email).split('@')[0] } });
		} catch (error) {
			if (!(error instanceof HttpError)) throw error;
		}
	}
	return headOk();
}

const memberIds = (ctx, inbox) => ctx.state.inboxMembers.filter((m) => m.inbox_id === inbox.id).map((m) => m.user_id);

/** An inbox the caller may see (Pundit InboxPolicy#show?: administrators, members). */
function visibleInbox(ctx, id) {
	const inbox = findInAccount(ctx, 'inboxes', id);
	if (!isAdmin(ctx) && !memberIds(ctx, inbox).includes(ctx.principal.user.id)) throw unauthorized('You are not authorized to do this action');
	return inbox;
}

/** Members of the given inboxes (all of them) and the administrators, once each, as the agent partial. */
function assignable(ctx, inboxes) {
	const shared = inboxes.map((i) => memberIds(ctx, i)).reduce((a, b) => a.filter((id) => b.includes(id)));
	const admins = ctx.state.accountUsers.filter((au) => au.account_id === ctx.account.id && au.role === 'administrator').map((au) => au.user_id);
	const users = agents.accountAgents(ctx).filter((u) => shared.includes(u.id) || admins.includes(u.id));
	return ok({ payload: users.map((u) => agents.agentView(ctx, u)) });
}

function assignableAgents(ctx) {
	// Current.account.inboxes.find(ids): 404 when one of them is not in the account
	const ids = [].concat(ctx.query.inbox_ids ?? []);
	if (ids.length === 0) throw notFound();
	return assignable(ctx, ids.map((id) => visibleInbox(ctx, id)));
}

const inboxAssignableAgents = (ctx) => assignable(ctx, [visibleInbox(ctx, ctx.params.id)]);

/** `@user.account_users.find_by!(account_id: ...)`: 404 for an account the user is not in. */
function ownAccountUser(ctx, user) {
	const accountId = Number((ctx.body.profile || {}).account_id);
	const au = ctx.state.accountUsers.find((x) => x.user_id === user.id && x.account_id === accountId);
	if (!au) throw notFound();
	return au;
}

function setPresence(ctx, apply) {
	// only user tokens reach /api/v1/profile (auth.js answers 401 to bots and platform apps)
	const user = ctx.principal.user;
	apply(ownAccountUser(ctx, user), ctx.body.profile);
	return ok(views.profileUser(ctx.state, user));
}

const AVAILABILITY = ['online', 'offline', 'busy'];

module.exports = {
	handlers: {
		'api/v1/accounts/agents#bulk_create': bulkCreate,
		'api/v1/accounts/assignable_agents#index': assignableAgents,
		'api/v1/accounts/inboxes#assignable_agents': inboxAssignableAgents,
		'api/v1/profiles#availability': (ctx) =>
			setPresence(ctx, (au, p) => {
				// AccountUser's availability enum: ArgumentError (500) for another value; the node never sends one
				if (!AVAILABILITY.includes(p.availability)) throw new HttpError(500, { error: `'${p.availability}' is not a valid availability` });
				au.availability = p.availability;
			}),
		'api/v1/profiles#auto_offline': (ctx) =>
			setPresence(ctx, (au, p) => {
				au.auto_offline = p.auto_offline === true || p.auto_offline === 'true';
			}),
	},
};
