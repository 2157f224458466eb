'use strict';
// Agents of an account.

const { ok, headOk, requireAdmin, currentUserId } = require('./util');
const { notFound } = require('../errors');
const { newUser, newAccountUser, secureToken } = require('../state');
const views = require('../views/application');
const { normalizeEmail } = require('../models/user');

function accountAgents(ctx) {
	return ctx.state.accountUsers
		.filter((au) => au.account_id === ctx.account.id)
		.map((au) => ctx.state.users.find((u) => u.id === au.user_id))
		.filter(Boolean);
}

function findAgent(ctx, id) {
	const agent = accountAgents(ctx).find((u) => u.id === Number(id));
	if (!agent) throw notFound();
	return agent;
}

const agentView = (ctx, user) => views.agent(ctx.state, user, ctx.account.id);

function listAgents(ctx) {
	return ok(accountAgents(ctx).map((u) => agentView(ctx, u)));
}

/** AgentBuilder: an existing user (by email) joins the account, else a new user is made. */
function addAgent(ctx) {
	requireAdmin(ctx);
	const email = normalizeEmail(ctx.body.email);
	let user = ctx.state.users.find((u) => u.email === email);
	if (!user) {
		user = newUser(ctx.state, { name: ctx.body.name, email, password: secureToken() }, ctx.now);
		user.confirmed = false;
		ctx.state.users.push(user);
	}
	let au = ctx.state.accountUsers.find((x) => x.account_id === ctx.account.id && x.user_id === user.id);
	if (!au) {
		au = newAccountUser(ctx.state, { account_id: ctx.account.id, user_id: user.id, inviter_id: currentUserId(ctx) }, ctx.now);
		ctx.state.accountUsers.push(au);
	}
	applyAgentSettings(au, ctx.body);
	return ok(agentView(ctx, user));
}

function applyAgentSettings(au, body) {
	if (body.role) au.role = body.role;
	// AgentsController permits `availability`; the spec's `availability_status` is dropped.
	if (body.availability) au.availability = body.availability;
	if (body.auto_offline !== undefined) au.auto_offline = body.auto_offline;
}

function updateAgent(ctx) {
	requireAdmin(ctx);
	const agent = findAgent(ctx, ctx.params.id);
	applyAgentSettings(ctx.state.accountUsers.find((x) => x.account_id === ctx.account.id && x.user_id === agent.id), ctx.body);
	return ok(agentView(ctx, agent));
}

function deleteAgent(ctx) {
	requireAdmin(ctx);
	const agent = findAgent(ctx, ctx.params.id);
	ctx.state.accountUsers = ctx.state.accountUsers.filter((x) => !(x.account_id === ctx.account.id && x.user_id === agent.id));
	return headOk();
}

module.exports = {
	handlers: {
		'get-account-agents': listAgents,
		'add-new-agent-to-account': addAgent,
		'update-agent-in-account': updateAgent,
		'delete-agent-from-account': deleteAgent,
	},
	accountAgents,
	agentView,
};
