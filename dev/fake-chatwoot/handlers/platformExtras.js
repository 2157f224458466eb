'use strict';
// Platform API routes the spec leaves out: the accounts of the platform app
// (AccountsController#index), a user's access token (UsersController#token) and an agent
// bot's avatar (AgentBotsController#avatar).

const { railsNotFound, unauthorized } = require('../errors');
const views = require('../views/platform');
const { ok } = require('./util');

const permitted = (state, type, id) => state.permissibles.includes(`${type}:${id}`);

/** set_resource + validate_platform_app_permissible */
function permittedRecord(ctx, collection, type) {
	const record = ctx.state[collection].find((r) => r.id === Number(ctx.params.id));
	if (!record) throw railsNotFound();
	if (!permitted(ctx.state, type, record.id)) throw unauthorized('Non permissible resource');
	return record;
}

function listAccounts(ctx) {
	return ok(ctx.state.accounts.filter((a) => permitted(ctx.state, 'Account', a.id)).map(views.platformAccount));
}

/** platform/api/v1/users/token.json.jbuilder: the user's existing token, unchanged */
function userToken(ctx) {
	const user = permittedRecord(ctx, 'users', 'User');
	return ok({
		access_token: user.access_token,
		expiry: null,
		user: { id: user.id, name: user.name, display_name: user.display_name ?? null, email: user.email, pubsub_token: user.pubsub_token },
	});
}

function deleteBotAvatar(ctx) {
	const bot = permittedRecord(ctx, 'agentBots', 'AgentBot');
	bot.avatar_url = '';
	return ok(views.platformAgentBot(bot));
}

module.exports = {
	handlers: {
		'platform/api/v1/accounts#index': listAccounts,
		'platform/api/v1/users#token': userToken,
		'platform/api/v1/agent_bots#avatar': deleteBotAvatar,
	},
};
