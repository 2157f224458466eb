'use strict';
// What Chatwoot POSTs to webhooks and agent bots: the `webhook_data` of its models
// (Message#webhook_data, Conversations::EventDataPresenter#webhook_data, Contact/User/AgentBot
// #webhook_data, Inbox/Account#webhook_data), plus `event`.

const { iso, unix } = require('./time');
const { contactEvent, userEvent, messageEvent, messagesOf } = require('./application');

const byId = (list, id) => list.find((r) => r.id === id);

function accountData(state, accountId) {
	const a = byId(state.accounts, accountId);
	return { id: accountId, name: a ? a.name : null };
}

/** Contact#webhook_data has no `type`; User and AgentBot say theirs. */
function senderData(state, m) {
	if (m.sender_type === 'Contact') {
		const c = byId(state.contacts, m.sender_id);
		if (!c) return null;
		const { type: _type, ...data } = contactEvent(c);
		return { account: accountData(state, c.account_id), avatar: c.avatar_url, ...data };
	}
	if (m.sender_type === 'User') {
		const u = byId(state.users, m.sender_id);
		return u ? { id: u.id, name: u.name, email: u.email, type: 'user' } : null;
	}
	if (m.sender_type === 'AgentBot') {
		const b = byId(state.agentBots, m.sender_id);
		return b ? { id: b.id, name: b.name, type: 'agent_bot' } : null;
	}
	return null;
}

/** Conversations::EventDataPresenter#webhook_data (push_data with the account). */
function conversationData(state, baseUrl, c) {
	const inbox = byId(state.inboxes, c.inbox_id);
	const contact = byId(state.contacts, c.contact_id);
	const assignee = c.assignee_id ? byId(state.users, c.assignee_id) : undefined;
	const chat = messagesOf(state, c).filter((m) => m.message_type !== 'activity');
	const ci = byId(state.contactInboxes, c.contact_inbox_id);
	return {
		additional_attributes: c.additional_attributes,
		can_reply: true,
		channel: inbox ? inbox.channel_type : null,
		contact_inbox: ci ? { id: ci.id, contact_id: ci.contact_id, inbox_id: ci.inbox_id, source_id: ci.source_id } : null,
		id: c.display_id,
		inbox_id: c.inbox_id,
		messages: chat.length ? [messageEvent(state, baseUrl, chat[chat.length - 1])] : [],
		labels: [...c.labels],
		meta: {
			sender: contact ? contactEvent(contact) : null,
			assignee: assignee ? userEvent(assignee) : null,
			assignee_type: assignee ? 'User' : null,
			team: null,
			hmac_verified: ci ? Boolean(ci.hmac_verified) : false,
		},
		status: c.status,
		custom_attributes: c.custom_attributes,
		snoozed_until: c.snoozed_until ? iso(c.snoozed_until) : null,
		unread_count: 0,
		first_reply_created_at: c.first_reply_created_at ? iso(c.first_reply_created_at) : null,
		priority: c.priority,
		waiting_since: unix(c.waiting_since) || 0,
		agent_last_seen_at: unix(c.agent_last_seen_at) || 0,
		contact_last_seen_at: unix(c.contact_last_seen_at) || 0,
		last_activity_at: unix(c.last_activity_at),
		timestamp: unix(c.last_activity_at),
		created_at: unix(c.created_at),
		updated_at: c.updated_at.getTime() / 1000,
		account: accountData(state, c.account_id),
	};
}

/** Message#webhook_data */
function messageData(state, baseUrl, m) {
	const c = byId(state.conversations, m.conversation_id);
	const inbox = byId(state.inboxes, m.inbox_id);
	return {
		account: accountData(state, m.account_id),
		additional_attributes: m.additional_attributes,
		content_attributes: m.content_attributes,
		content_type: m.content_type,
		content: m.content,
		conversation: conversationData(state, baseUrl, c),
		created_at: iso(m.created_at),
		id: m.id,
		inbox: { id: inbox.id, name: inbox.name },
		message_type: m.message_type,
		private: m.private,
		sender: senderData(state, m),
		source_id: m.source_id,
	};
}

module.exports = { messageData, conversationData };
