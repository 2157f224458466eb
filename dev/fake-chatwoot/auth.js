'use strict';
// Who is calling: the three token kinds of Chatwoot and where each may go.
// Sources: PlatformController (platform API), AccessTokenAuthHelper and
// EnsureCurrentAccountHelper (application API).

const { unauthorized, signInRequired, notFound } = require('./errors');

/**
 * AccessTokenAuthHelper::BOT_ACCESSIBLE_ENDPOINTS (Chatwoot 4.14.2+), as the spec's operations:
 * conversations show, create, update, toggle_status, toggle_priority, toggle_typing_status,
 * custom_attributes; messages create; assignments create; labels index and create. The spec's
 * `agentBotApiKey` security lists fewer (no show, custom attributes or labels).
 */
const BOT_ACCESSIBLE_OPERATIONS = new Set([
	'get-details-of-a-conversation',
	'newConversation',
	'update-conversation',
	'toggle-status-of-a-conversation',
	'toggle-priority-of-a-conversation',
	'toggle-typing-status-of-a-conversation',
	'update-custom-attributes-of-a-conversation',
	'create-a-new-message-in-a-conversation',
	'assign-a-conversation',
	'list-all-labels-of-a-conversation',
	'conversation-add-labels',
]);

/** Rails reads `api_access_token` and `api-access-token` alike; blank counts as absent. */
function tokenFrom(headers) {
	const raw = headers.api_access_token ?? headers['api-access-token'];
	const value = Array.isArray(raw) ? raw[0] : raw;
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function identify(state, token) {
	if (!token) return undefined;
	if (state.platformApp && state.platformApp.access_token === token) return { kind: 'platform', app: state.platformApp };
	const user = state.users.find((u) => u.access_token === token);
	if (user) return { kind: 'user', user };
	const bot = state.agentBots.find((b) => b.access_token === token);
	if (bot) return { kind: 'bot', bot };
	return undefined;
}

/** Which door a route goes through. */
function zoneOf(route) {
	if (route.template.startsWith('/platform/')) return 'platform';
	if (['/public/', '/survey/', '/rails/'].some((prefix) => route.template.startsWith(prefix))) return 'public';
	if (route.operationId === 'fake-api-index') return 'public';
	return 'application';
}

/**
 * Returns the caller ({ kind: 'none' | 'platform' | 'user' | 'bot', ... }) or throws the
 * 401/404 Chatwoot would answer. For account routes it also resolves the account.
 */
function authenticate(state, route, headers, pathParams) {
	const zone = zoneOf(route);
	if (zone === 'public') return { kind: 'none' };
	const who = identify(state, tokenFrom(headers));
	if (zone === 'platform') {
		// PlatformController#set_platform_app: one message for missing, unknown and
		// non-platform tokens alike
		if (!who || who.kind !== 'platform') throw unauthorized('Invalid access_token');
		return who;
	}
	if (!tokenFrom(headers)) throw signInRequired(); // falls through to Devise
	if (!who) throw unauthorized('Invalid Access Token');
	if (who.kind !== 'user' && !(who.kind === 'bot' && BOT_ACCESSIBLE_OPERATIONS.has(route.operationId))) {
		// validate_bot_access_token!: a user passes, a bot only where listed, anything else never
		throw unauthorized('Access to this endpoint is not authorized for bots');
	}
	if ('account_id' in pathParams) return { ...who, ...accountAccess(state, who, Number(pathParams.account_id)) };
	return who;
}

/** EnsureCurrentAccountHelper: the account must exist and the caller belong to it. */
function accountAccess(state, who, accountId) {
	const account = state.accounts.find((a) => a.id === accountId);
	if (!account) throw notFound();
	if (account.status === 'suspended') throw unauthorized('Account is suspended');
	if (who.kind === 'user') {
		const accountUser = state.accountUsers.find((au) => au.account_id === accountId && au.user_id === who.user.id);
		if (!accountUser) throw unauthorized('You are not authorized to access this account');
		return { account, accountUser };
	}
	if (who.kind === 'bot') {
		if (botServesAccount(state, who.bot, accountId)) return { account };
		throw unauthorized('Bot is not authorized to access this account');
	}
	throw unauthorized('You are not authorized to access this account');
}

function botServesAccount(state, bot, accountId) {
	if (bot.account_id === accountId) return true;
	return state.agentBotInboxes.some((abi) => abi.agent_bot_id === bot.id && abi.account_id === accountId);
}

module.exports = { authenticate, tokenFrom, identify, zoneOf, BOT_ACCESSIBLE_OPERATIONS };
