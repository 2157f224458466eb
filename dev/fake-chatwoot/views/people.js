'use strict';
// Contacts, agents and the senders of messages and events.

const { unix } = require('./time');
const { activeAccountUser, availableName } = require('./platform');
const { inboxSlim } = require('./inboxes');

const byId = (list, id) => list.find((r) => r.id === id);

/** api/v1/models/_contact.json.jbuilder */
function contact(state, c, withContactInboxes = false) {
	const out = {
		additional_attributes: c.additional_attributes,
		availability_status: 'offline',
		email: c.email,
		id: c.id,
		name: c.name,
		phone_number: c.phone_number,
		blocked: c.blocked,
		identifier: c.identifier,
		thumbnail: c.avatar_url,
		custom_attributes: c.custom_attributes,
		last_activity_at: unix(c.last_activity_at),
		created_at: unix(c.created_at),
	};
	if (!c.last_activity_at) delete out.last_activity_at;
	if (withContactInboxes) {
		out.contact_inboxes = state.contactInboxes.filter((ci) => ci.contact_id === c.id).map((ci) => contactInbox(state, ci));
	}
	return out;
}

/** api/v1/models/_contact_inbox.json.jbuilder */
function contactInbox(state, ci) {
	return { source_id: ci.source_id, inbox: inboxSlim(byId(state.inboxes, ci.inbox_id)) };
}

/** Contact#push_event_data (message senders, conversation meta) */
function contactEvent(c) {
	return {
		additional_attributes: c.additional_attributes,
		custom_attributes: c.custom_attributes,
		email: c.email,
		id: c.id,
		identifier: c.identifier,
		name: c.name,
		phone_number: c.phone_number,
		thumbnail: c.avatar_url,
		blocked: c.blocked,
		type: 'contact',
	};
}

/** api/v1/models/_agent.json.jbuilder, for the account's membership of the user */
function agent(state, user, accountId) {
	const au = state.accountUsers.find((x) => x.user_id === user.id && x.account_id === accountId) || activeAccountUser(state, user) || {};
	return {
		id: user.id,
		account_id: au.account_id ?? null,
		availability_status: au.availability || 'offline',
		auto_offline: au.auto_offline ?? true,
		confirmed: user.confirmed,
		email: user.email,
		available_name: availableName(user),
		name: user.name,
		role: au.role ?? null,
		thumbnail: user.avatar_url,
		custom_role_id: null,
	};
}

/** User#push_event_data */
function userEvent(user) {
	return {
		id: user.id,
		name: user.name,
		available_name: availableName(user),
		avatar_url: user.avatar_url,
		type: 'user',
		availability_status: 'online',
		thumbnail: user.avatar_url,
	};
}

/** AgentBot#push_event_data */
function botEvent(bot) {
	return { id: bot.id, name: bot.name, avatar_url: bot.avatar_url, type: 'agent_bot' };
}

function senderEvent(state, type, id) {
	if (type === 'Contact') {
		const c = byId(state.contacts, id);
		return c && contactEvent(c);
	}
	if (type === 'User') {
		const u = byId(state.users, id);
		return u && userEvent(u);
	}
	if (type === 'AgentBot') {
		const b = byId(state.agentBots, id);
		return b && botEvent(b);
	}
	return undefined;
}

module.exports = { contact, contactInbox, contactEvent, agent, userEvent, senderEvent };
