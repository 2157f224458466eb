'use strict';
// Platform API routes the spec leaves out: the accounts of the platform app
// (AccountsController#index), a user's access token (UsersController#token) and an agent
// bot's avatar (AgentBotsController#avatar).

const views = require('../views/platform');
const { ok } = require('./util');
const { findPermissible, permissible } = require('./platform');

function listAccounts(ctx) {
	return ok(ctx.state.accounts.filter((a) => permissible(ctx.state, 'Account', a.id)).map(views.platformAccount));
}

/** platform/api/v1/users/token.json.jbuilder: the user's existing token, unchanged */
function userToken(ctx) {
	const user = findPermissible(ctx, 'users', 'User', ctx.params.id);
	return ok({
		access_token: user.access_token,
		expiry: null,
		user: { id: user.id, name: user.name, display_name: user.display_name ?? null, email: user.email, pubsub_token: user.pubsub_token },
	});
}

function deleteBotAvatar(ctx) {
	const bot = findPermissible(ctx, 'agentBots', 'AgentBot', ctx.params.id);
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
