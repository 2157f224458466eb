'use strict';
// Agent bots of an account.

const { ok, headOk, permit, requireAdmin, isAdmin } = require('./util');
const { notFound } = require('../errors');
const { newAgentBot } = require('../state');
const views = require('../views/application');

const BOT_PARAMS = ['name', 'description', 'outgoing_url', 'avatar_url', 'bot_config'];

/** The account's bots plus the global ones (account_id nil). */
function accountBots(ctx) {
	return ctx.state.agentBots.filter((b) => b.account_id === ctx.account.id || b.account_id === null);
}

const botView = (ctx, bot) => views.accountAgentBot(ctx.state, bot, { administrator: isAdmin(ctx) });

function findBot(ctx, id) {
	const bot = accountBots(ctx).find((b) => b.id === Number(id));
	if (!bot) throw notFound();
	return bot;
}

function listBots(ctx) {
	return ok(accountBots(ctx).map((bot) => botView(ctx, bot)));
}

function createBot(ctx) {
	requireAdmin(ctx);
	const bot = newAgentBot(ctx.state, { ...permit(ctx.body, BOT_PARAMS), account_id: ctx.account.id }, ctx.now);
	if (ctx.body.bot_config) bot.bot_config = ctx.body.bot_config;
	ctx.state.agentBots.push(bot);
	return ok(botView(ctx, bot));
}

function showBot(ctx) {
	return ok(botView(ctx, findBot(ctx, ctx.params.id)));
}

function updateBot(ctx) {
	requireAdmin(ctx);
	const bot = findBot(ctx, ctx.params.id);
	Object.assign(bot, permit(ctx.body, BOT_PARAMS), { updated_at: ctx.now });
	return ok(botView(ctx, bot));
}

function deleteBot(ctx) {
	requireAdmin(ctx);
	const bot = findBot(ctx, ctx.params.id);
	ctx.state.agentBots = ctx.state.agentBots.filter((b) => b !== bot);
	return headOk();
}

module.exports = {
	handlers: {
		'list-all-account-agent-bots': listBots,
		'create-an-account-agent-bot': createBot,
		'get-details-of-a-single-account-agent-bot': showBot,
		'update-an-account-agent-bot': updateBot,
		'delete-an-account-agent-bot': deleteBot,
	},
	findBot,
};
