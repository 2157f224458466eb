'use strict';
// JSON shapes of the platform API and the profile, after Chatwoot's jbuilder views
// (app/views/platform/api/v1/models/*.json.jbuilder, app/views/api/v1/models/_user).

const { iso } = require('./time');

function accountUsersOf(state, user) {
	return state.accountUsers.filter((au) => au.user_id === user.id);
}

/** User#active_account_user: the membership used most recently. */
function activeAccountUser(state, user) {
	const list = accountUsersOf(state, user);
	return [...list].sort((a, b) => (b.active_at ? b.active_at.getTime() : 0) - (a.active_at ? a.active_at.getTime() : 0))[0];
}

function availableName(user) {
	return user.display_name || user.name;
}

function accountName(state, id) {
	const account = state.accounts.find((a) => a.id === id);
	return account ? account.name : null;
}

/** The fields both user views render (models/_user.json.jbuilder of platform and api/v1). */
function userFields(state, user, active) {
	const out = {
		access_token: user.access_token,
		account_id: active ? active.account_id : null,
		available_name: availableName(user),
		avatar_url: user.avatar_url,
		confirmed: user.confirmed,
		display_name: user.display_name,
		message_signature: user.message_signature,
		email: user.email,
		id: user.id,
		name: user.name,
		provider: user.provider,
		pubsub_token: user.pubsub_token,
	};
	// `if resource.custom_attributes.present?`: the key is absent when empty
	if (Object.keys(user.custom_attributes || {}).length) out.custom_attributes = user.custom_attributes;
	return Object.assign(out, { role: active ? active.role : null, ui_settings: user.ui_settings, uid: user.email });
}

/** platform/api/v1/models/_user.json.jbuilder */
function platformUser(state, user) {
	return {
		...userFields(state, user, activeAccountUser(state, user)),
		accounts: accountUsersOf(state, user).map((au) => ({
			id: au.account_id,
			name: accountName(state, au.account_id),
			active_at: iso(au.active_at),
			role: au.role,
		})),
	};
}

/** api/v1/models/_user.json.jbuilder (GET /api/v1/profile) */
function profileUser(state, user) {
	const active = activeAccountUser(state, user);
	return {
		...userFields(state, user, active),
		inviter_id: active ? active.inviter_id : null,
		type: user.type,
		accounts: accountUsersOf(state, user).map((au) => {
			const account = state.accounts.find((a) => a.id === au.account_id) || {};
			return {
				id: au.account_id,
				name: account.name,
				status: account.status,
				active_at: iso(au.active_at),
				role: au.role,
				permissions: [au.role],
				availability: au.availability,
				availability_status: au.availability,
				auto_offline: au.auto_offline,
			};
		}),
	};
}

/** platform/api/v1/models/_account.json.jbuilder */
function platformAccount(account) {
	return {
		id: account.id,
		name: account.name,
		locale: account.locale,
		domain: account.domain,
		support_email: account.support_email,
		enabled_features: Object.fromEntries(Object.entries(account.features).filter(([, on]) => on)),
		custom_attributes: account.custom_attributes,
		limits: account.limits,
		status: account.status,
	};
}

/**
 * The AccessToken record as jbuilder renders `json.access_token resource.access_token`:
 * an ActiveRecord object becomes its attribute hash, not the bare token.
 */
function accessTokenRecord(bot) {
	return {
		id: bot.access_token_id,
		owner_type: 'AgentBot',
		owner_id: bot.id,
		token: bot.access_token,
		created_at: iso(bot.created_at),
		updated_at: iso(bot.created_at),
	};
}

/** platform/api/v1/models/_agent_bot.json.jbuilder */
function platformAgentBot(bot) {
	return {
		id: bot.id,
		name: bot.name,
		description: bot.description,
		thumbnail: bot.avatar_url,
		outgoing_url: bot.outgoing_url,
		bot_type: bot.bot_type,
		bot_config: bot.bot_config,
		account_id: bot.account_id,
		access_token: accessTokenRecord(bot),
		system_bot: false,
	};
}

/** `render json: account_user`: the ActiveRecord attributes of the row. */
function accountUserRow(au) {
	return {
		id: au.id,
		account_id: au.account_id,
		user_id: au.user_id,
		role: au.role,
		inviter_id: au.inviter_id,
		created_at: iso(au.created_at),
		updated_at: iso(au.updated_at),
		active_at: iso(au.active_at),
		availability: au.availability,
		auto_offline: au.auto_offline,
	};
}

module.exports = {
	platformUser,
	profileUser,
	platformAccount,
	platformAgentBot,
	accessTokenRecord,
	accountUserRow,
	activeAccountUser,
	availableName,
};
