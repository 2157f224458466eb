'use strict';
// The fake's in-memory database: plain arrays of plain records (ids are integers, times
// are Date objects), so tests can read and change them directly.

const crypto = require('node:crypto');

const DEFAULT_TOKENS = { platform: 'platform-token', user: 'user-token', bot: 'bot-token' };

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Like Rails' has_secure_token: 24 base58 characters. */
function secureToken(length = 24) {
	const bytes = crypto.randomBytes(length);
	let out = '';
	for (const b of bytes) out += BASE58[b % BASE58.length];
	return out;
}

const DAY = 24 * 60 * 60 * 1000;

/** The version GET /api reports, unless a test sets `state.server.version`. */
const CHATWOOT_VERSION = '4.11.2';

function emptyState(tokens) {
	return {
		tokens: { ...tokens },
		// How the emulated server is set up; tests change it to play other servers.
		server: {
			version: CHATWOOT_VERSION,
			// Chatwoot 4.14+ without SAFE_FETCH_ALLOW_PRIVATE_NETWORK (or an allow-list entry):
			// webhook URLs on private networks or without a public hostname are refused (422).
			refusePrivateWebhookUrls: false,
			// true: plays the agent-bot channel (agentBotWebhooks.js): deliveries to bots' outgoing_url
			agentBotWebhooks: false,
			// false: plays a server without the Enterprise code (its routes answer 404 Not Found)
			enterprise: true,
		},
		// the platform app whose token is tokens.platform
		platformApp: { id: 1, name: 'Fake platform app', access_token: tokens.platform },
		// resources the platform app may touch: 'Account:1', 'User:1', 'AgentBot:1'
		permissibles: [],
		accounts: [],
		users: [],
		accountUsers: [],
		agentBots: [],
		inboxes: [],
		inboxMembers: [],
		agentBotInboxes: [],
		contacts: [],
		contactInboxes: [],
		conversations: [],
		messages: [],
		attachments: [],
		labels: [],
		teams: [],
		teamMembers: [],
		cannedResponses: [],
		customAttributeDefinitions: [],
		customFilters: [],
		automationRules: [],
		webhooks: [],
		// every agent-bot delivery attempt (agentBotWebhooks.js)
		agentBotDeliveries: [],
		portals: [],
		categories: [],
		articles: [],
		integrationHooks: [],
		// next id per collection
		sequences: {},
	};
}

/** Next integer id of a collection: one more than the highest used so far. */
function nextId(state, collection) {
	const used = state[collection].reduce((max, r) => Math.max(max, r.id), 0);
	const next = Math.max(used, state.sequences[collection] || 0) + 1;
	state.sequences[collection] = next;
	return next;
}

/** A counter that is not the id of a collection (channel ids, for instance). */
function nextSequence(state, name) {
	state.sequences[name] = (state.sequences[name] || 0) + 1;
	return state.sequences[name];
}

/** AccessToken rows are shared by platform apps, users and bots; the app has id 1. */
function nextAccessTokenId(state) {
	state.sequences.accessTokens = (state.sequences.accessTokens || 1) + 1;
	return state.sequences.accessTokens;
}

function newUser(state, attrs, now) {
	return {
		id: nextId(state, 'users'),
		name: attrs.name,
		display_name: attrs.display_name ?? null,
		email: attrs.email,
		password: attrs.password,
		access_token: attrs.access_token || secureToken(),
		pubsub_token: secureToken(),
		avatar_url: '',
		confirmed: true,
		provider: 'email',
		message_signature: null,
		custom_attributes: attrs.custom_attributes || {},
		ui_settings: {},
		type: null,
		created_at: now,
		updated_at: now,
	};
}

function newAccount(state, attrs, now) {
	return {
		id: nextId(state, 'accounts'),
		name: attrs.name,
		locale: attrs.locale || 'en',
		domain: attrs.domain ?? null,
		support_email: attrs.support_email ?? null,
		status: attrs.status || 'active',
		limits: attrs.limits || {},
		custom_attributes: attrs.custom_attributes || {},
		features: { ...DEFAULT_FEATURES },
		auto_resolve_after: null,
		auto_resolve_message: null,
		auto_resolve_ignore_waiting: false,
		created_at: now,
		updated_at: now,
	};
}

// Features a new Chatwoot account has enabled (a representative subset).
const DEFAULT_FEATURES = {
	inbox_management: true,
	team_management: true,
	agent_management: true,
	canned_responses: true,
	labels: true,
	custom_attributes: true,
	automations: true,
	agent_bots: true,
	integrations: true,
	help_center: true,
	campaigns: true,
	reports: true,
	macros: true,
	crm: true,
};

function newAccountUser(state, attrs, now) {
	return {
		id: nextId(state, 'accountUsers'),
		account_id: attrs.account_id,
		user_id: attrs.user_id,
		role: attrs.role || 'agent',
		inviter_id: attrs.inviter_id ?? null,
		availability: 'online',
		auto_offline: true,
		active_at: attrs.active_at ?? null,
		created_at: now,
		updated_at: now,
	};
}

function newAgentBot(state, attrs, now) {
	return {
		id: nextId(state, 'agentBots'),
		name: attrs.name ?? null,
		description: attrs.description ?? null,
		outgoing_url: attrs.outgoing_url ?? null,
		account_id: attrs.account_id ?? null,
		bot_type: 'webhook',
		bot_config: {},
		avatar_url: attrs.avatar_url || '',
		access_token: attrs.access_token || secureToken(),
		access_token_id: nextAccessTokenId(state),
		secret: secureToken(),
		created_at: now,
		updated_at: now,
	};
}

/** Demo data: account 1 "Acme", its administrator (user 1) and an agent, two bots. */
function seedPlatform(state, now) {
	const at = (daysAgo) => new Date(now - daysAgo * DAY);
	state.accounts.push(newAccount(state, { name: 'Acme', domain: 'acme.test', support_email: 'support@acme.test' }, at(30)));
	state.users.push(
		newUser(state, { name: 'Alice Admin', email: 'alice@acme.test', password: 'Password1!', access_token: state.tokens.user }, at(30)),
		newUser(state, { name: 'Bob Agent', display_name: 'Bob', email: 'bob@acme.test', password: 'Password1!', access_token: 'agent-token' }, at(20)),
	);
	state.accountUsers.push(
		newAccountUser(state, { account_id: 1, user_id: 1, role: 'administrator', active_at: at(0) }, at(30)),
		newAccountUser(state, { account_id: 1, user_id: 2, role: 'agent', inviter_id: 1, active_at: at(1) }, at(20)),
	);
	state.agentBots.push(
		newAgentBot(state, { name: 'Acme Helper', description: 'Answers common questions', outgoing_url: 'https://bots.acme.test/helper', account_id: 1, access_token: state.tokens.bot }, at(25)),
		newAgentBot(state, { name: 'Triage Bot', description: 'Routes new conversations', outgoing_url: 'https://bots.acme.test/triage', account_id: 1, access_token: 'triage-bot-token' }, at(10)),
	);
	// The platform app created account 1, user 1 and bot 1. Bob was invited in the
	// dashboard and the Triage Bot made there, so the platform app may not touch them
	// (Chatwoot answers 401 "Non permissible resource").
	state.permissibles.push('Account:1', 'User:1', 'AgentBot:1');
}

function createState(options = {}) {
	const tokens = { ...DEFAULT_TOKENS, ...(options.tokens || {}) };
	const state = emptyState(tokens);
	if (options.seed !== false) {
		const now = options.now || Date.now();
		seedPlatform(state, now);
		if (options.seedApplication) options.seedApplication(state, now);
	}
	return state;
}

module.exports = {
	CHATWOOT_VERSION,
	DEFAULT_TOKENS,
	createState,
	nextId,
	nextSequence,
	secureToken,
	newUser,
	newAccount,
	newAccountUser,
	newAgentBot,
	DAY,
};
