'use strict';
// Agent bot routes the spec leaves out: avatar (delete), reset_access_token, reset_secret
// (AgentBotsController), answered with the bot's view (api/v1/models/_agent_bot.json.jbuilder,
// which carries the access token, and the secret for administrators).

const crypto = require('node:crypto');
const { ok, requireAdmin, isAdmin } = require('./util');
const { notFound } = require('../errors');
const { secureToken } = require('../state');
const views = require('../views/application');

/** `Current.account.agent_bots.find`: the account's own bots only (not the global ones). */
function ownBot(ctx) {
	requireAdmin(ctx);
	const bot = ctx.state.agentBots.find((b) => b.id === Number(ctx.params.id) && b.account_id === ctx.account.id);
	if (!bot) throw notFound();
	return bot;
}

const botView = (ctx, bot) => ok(views.accountAgentBot(ctx.state, bot, { administrator: isAdmin(ctx) }));

function deleteBotAvatar(ctx) {
	const bot = ownBot(ctx);
	bot.avatar_url = '';
	return botView(ctx, bot);
}

function resetBotAccessToken(ctx) {
	const bot = ownBot(ctx);
	// the old token stops authenticating at once (auth.js reads the bots' tokens)
	bot.access_token = secureToken();
	return botView(ctx, bot);
}

function resetBotSecret(ctx) {
	const bot = ownBot(ctx);
	bot.secret = crypto.randomBytes(16).toString('base64url');
	return botView(ctx, bot);
}

module.exports = {
	handlers: {
		'api/v1/accounts/agent_bots#avatar': deleteBotAvatar,
		'api/v1/accounts/agent_bots#reset_access_token': resetBotAccessToken,
		'api/v1/accounts/agent_bots#reset_secret': resetBotSecret,
	},
};
