'use strict';
// Platform API (/platform/api/v1): accounts, account users, agent bots, users.
// Behaviour after Chatwoot's Platform::Api::V1::* controllers.

const crypto = require('node:crypto');
const { railsNotFound, unauthorized, saveOrThrow } = require('../errors');
const { newAccount, newAccountUser, newAgentBot, newUser } = require('../state');
const views = require('../views/platform');
const { userErrors, normalizeEmail, blank } = require('../models/user');

const { ok, headOk, permit } = require('./util');

function permissible(state, type, id) {
	return state.permissibles.includes(`${type}:${id}`);
}

function grant(state, type, id) {
	if (!permissible(state, type, id)) state.permissibles.push(`${type}:${id}`);
}

/** set_resource + validate_platform_app_permissible of PlatformController. */
function findPermissible(ctx, collection, type, id) {
	const record = ctx.state[collection].find((r) => r.id === Number(id));
	if (!record) throw railsNotFound();
	if (!permissible(ctx.state, type, record.id)) throw unauthorized('Non permissible resource');
	return record;
}

// ---- accounts ---------------------------------------------------------------------

const ACCOUNT_PARAMS = ['name', 'locale', 'domain', 'support_email', 'status', 'limits', 'custom_attributes'];

function accountErrors(account) {
	return blank(account.name) ? [{ attribute: 'name', message: "Name can't be blank" }] : [];
}

/** accounts_controller.rb:40-43: each named feature enabled when its value is present, else disabled. */
function switchFeatures(account, features) {
	for (const [name, on] of Object.entries(features || {})) account.features[name] = on === true || (on !== false && on !== null && on !== '');
}

function createAccount(ctx) {
	const attrs = permit(ctx.body, ACCOUNT_PARAMS);
	const account = newAccount(ctx.state, attrs, ctx.now);
	switchFeatures(account, ctx.body.features);
	saveOrThrow(accountErrors(account));
	ctx.state.accounts.push(account);
	grant(ctx.state, 'Account', account.id);
	return ok(views.platformAccount(account));
}

function getAccount(ctx) {
	return ok(views.platformAccount(findPermissible(ctx, 'accounts', 'Account', ctx.params.account_id)));
}

function updateAccount(ctx) {
	const account = findPermissible(ctx, 'accounts', 'Account', ctx.params.account_id);
	// assign_attributes: limits and custom_attributes are replaced, not merged
	const changed = { ...account, ...permit(ctx.body, ACCOUNT_PARAMS), updated_at: ctx.now };
	saveOrThrow(accountErrors(changed));
	Object.assign(account, changed);
	switchFeatures(account, ctx.body.features);
	return ok(views.platformAccount(account));
}

function deleteAccount(ctx) {
	const account = findPermissible(ctx, 'accounts', 'Account', ctx.params.account_id);
	// DeleteObjectJob runs later on the server; the fake deletes at once
	const s = ctx.state;
	s.accounts = s.accounts.filter((a) => a !== account);
	s.accountUsers = s.accountUsers.filter((au) => au.account_id !== account.id);
	s.permissibles = s.permissibles.filter((p) => p !== `Account:${account.id}`);
	return headOk();
}

// ---- account users ----------------------------------------------------------------

function listAccountUsers(ctx) {
	const account = findPermissible(ctx, 'accounts', 'Account', ctx.params.account_id);
	return ok(ctx.state.accountUsers.filter((au) => au.account_id === account.id).map(views.accountUserRow));
}

const ROLES = ['agent', 'administrator'];

function createAccountUser(ctx) {
	const account = findPermissible(ctx, 'accounts', 'Account', ctx.params.account_id);
	const { user_id: userId, role } = ctx.body;
	const errors = [];
	if (!ctx.state.users.some((u) => u.id === userId)) errors.push({ attribute: 'user', message: 'User must exist' });
	if (role !== undefined && !ROLES.includes(role)) errors.push({ attribute: 'role', message: 'Role is not included in the list' });
	saveOrThrow(errors);
	// find_or_initialize_by(user_id) + update!: posting again changes the role
	let accountUser = ctx.state.accountUsers.find((au) => au.account_id === account.id && au.user_id === userId);
	if (!accountUser) {
		accountUser = newAccountUser(ctx.state, { account_id: account.id, user_id: userId }, ctx.now);
		ctx.state.accountUsers.push(accountUser);
	}
	if (role !== undefined) Object.assign(accountUser, { role, updated_at: ctx.now });
	return ok(views.accountUserRow(accountUser));
}

function deleteAccountUser(ctx) {
	const account = findPermissible(ctx, 'accounts', 'Account', ctx.params.account_id);
	const userId = Number((ctx.body && ctx.body.user_id) ?? ctx.query.user_id);
	// find_by(user_id)&.destroy; head :ok -- also when there was nothing to delete
	ctx.state.accountUsers = ctx.state.accountUsers.filter((au) => !(au.account_id === account.id && au.user_id === userId));
	return headOk();
}

// ---- agent bots -------------------------------------------------------------------

const AGENT_BOT_PARAMS = ['name', 'description', 'account_id', 'outgoing_url', 'avatar_url'];

function listAgentBots(ctx) {
	const bots = ctx.state.agentBots.filter((b) => permissible(ctx.state, 'AgentBot', b.id));
	return ok(bots.map(views.platformAgentBot));
}

function createAgentBot(ctx) {
	const bot = newAgentBot(ctx.state, permit(ctx.body, AGENT_BOT_PARAMS), ctx.now);
	ctx.state.agentBots.push(bot);
	grant(ctx.state, 'AgentBot', bot.id);
	return ok(views.platformAgentBot(bot));
}

function getAgentBot(ctx) {
	return ok(views.platformAgentBot(findPermissible(ctx, 'agentBots', 'AgentBot', ctx.params.id)));
}

function updateAgentBot(ctx) {
	const bot = findPermissible(ctx, 'agentBots', 'AgentBot', ctx.params.id);
	Object.assign(bot, permit(ctx.body, AGENT_BOT_PARAMS), { updated_at: ctx.now });
	return ok(views.platformAgentBot(bot));
}

function deleteAgentBot(ctx) {
	const bot = findPermissible(ctx, 'agentBots', 'AgentBot', ctx.params.id);
	const s = ctx.state;
	s.agentBots = s.agentBots.filter((b) => b !== bot);
	s.agentBotInboxes = s.agentBotInboxes.filter((abi) => abi.agent_bot_id !== bot.id);
	s.permissibles = s.permissibles.filter((p) => p !== `AgentBot:${bot.id}`);
	return headOk();
}

// ---- users ------------------------------------------------------------------------

// params.permit(:name, :email, :password, custom_attributes: {}): display_name, which the
// spec documents, is dropped by the server
const USER_PARAMS = ['name', 'email', 'password', 'custom_attributes'];

function createUser(ctx) {
	const attrs = permit(ctx.body, USER_PARAMS);
	// User.find_by(email:) || User.new: an existing user (same email, as stored) comes
	// back unchanged; the other parameters are ignored then
	let user = ctx.state.users.find((u) => u.email === attrs.email);
	if (!user) {
		user = newUser(ctx.state, { ...attrs, email: normalizeEmail(attrs.email) }, ctx.now);
		saveOrThrow(userErrors(ctx.state, user, true));
		ctx.state.users.push(user);
	}
	grant(ctx.state, 'User', user.id);
	return ok(views.platformUser(ctx.state, user));
}

function getUser(ctx) {
	return ok(views.platformUser(ctx.state, findPermissible(ctx, 'users', 'User', ctx.params.id)));
}

function updateUser(ctx) {
	const user = findPermissible(ctx, 'users', 'User', ctx.params.id);
	const attrs = permit(ctx.body, USER_PARAMS);
	const changed = { ...user, ...attrs, updated_at: ctx.now };
	if ('email' in attrs) changed.email = normalizeEmail(attrs.email);
	// custom attributes are merged into the existing ones (user_custom_attributes)
	if (attrs.custom_attributes) changed.custom_attributes = { ...user.custom_attributes, ...attrs.custom_attributes };
	saveOrThrow(userErrors(ctx.state, changed, 'password' in attrs));
	Object.assign(user, changed);
	return ok(views.platformUser(ctx.state, user));
}

function deleteUser(ctx) {
	const user = findPermissible(ctx, 'users', 'User', ctx.params.id);
	const s = ctx.state;
	s.users = s.users.filter((u) => u !== user);
	s.accountUsers = s.accountUsers.filter((au) => au.user_id !== user.id);
	s.permissibles = s.permissibles.filter((p) => p !== `User:${user.id}`);
	return headOk();
}

function userLogin(ctx) {
	const user = findPermissible(ctx, 'users', 'User', ctx.params.id);
	const token = crypto.randomBytes(32).toString('hex');
	user.sso_auth_token = token;
	return ok({ url: `${ctx.baseUrl}/app/login?email=${encodeURIComponent(user.email)}&sso_auth_token=${token}` });
}

module.exports = {
	handlers: {
		'create-an-account': createAccount,
		'get-details-of-an-account': getAccount,
		'update-an-account': updateAccount,
		'delete-an-account': deleteAccount,
		'list-all-account-users': listAccountUsers,
		'create-an-account-user': createAccountUser,
		'delete-an-account-user': deleteAccountUser,
		'list-all-agent-bots': listAgentBots,
		'create-an-agent-bot': createAgentBot,
		'get-details-of-a-single-agent-bot': getAgentBot,
		'update-an-agent-bot': updateAgentBot,
		'delete-an-agent-bot': deleteAgentBot,
		'create-a-user': createUser,
		'get-details-of-a-user': getUser,
		'update-a-user': updateUser,
		'delete-a-user': deleteUser,
		'get-sso-url-of-a-user': userLogin,
	},
	permissible,
	findPermissible,
};
