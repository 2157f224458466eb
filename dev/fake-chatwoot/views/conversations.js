'use strict';
// Conversations, messages and attachments.

const { iso, unix } = require('./time');
const { teamView } = require('./accountResources');
const { agent, contact, senderEvent } = require('./people');

const byId = (list, id) => list.find((r) => r.id === id);

const MESSAGE_TYPES = { incoming: 0, outgoing: 1, activity: 2, template: 3 };

function conversationOf(state, m) {
	return byId(state.conversations, m.conversation_id);
}

function attachmentsOf(state, m) {
	return state.attachments.filter((a) => a.message_id === m.id);
}

/** Attachment#push_event_data; data_url serves the stored bytes from the fake */
function attachment(baseUrl, a) {
	return {
		id: a.id,
		message_id: a.message_id,
		file_type: a.file_type,
		account_id: a.account_id,
		extension: a.extension,
		data_url: `${baseUrl}${a.path}`,
		thumb_url: a.file_type === 'image' ? `${baseUrl}${a.path}` : '',
		file_size: a.data.length,
		width: null,
		height: null,
	};
}

/** Message#push_event_data: the raw attributes plus a few derived ones */
function messageEvent(state, baseUrl, m) {
	const c = conversationOf(state, m);
	const data = {
		id: m.id,
		content: m.content,
		account_id: m.account_id,
		inbox_id: m.inbox_id,
		conversation_id: c ? c.display_id : null,
		message_type: MESSAGE_TYPES[m.message_type],
		created_at: unix(m.created_at),
		updated_at: iso(m.updated_at),
		private: m.private,
		status: m.status,
		source_id: m.source_id,
		content_type: m.content_type,
		content_attributes: m.content_attributes,
		sender_type: m.sender_type,
		sender_id: m.sender_id,
		external_source_ids: {},
		additional_attributes: m.additional_attributes,
		processed_message_content: m.content,
		sentiment: {},
		conversation: c ? conversationEventData(state, c) : null,
	};
	if (m.echo_id) data.echo_id = m.echo_id;
	const files = attachmentsOf(state, m);
	if (files.length) data.attachments = files.map((a) => attachment(baseUrl, a));
	const sender = senderEvent(state, m.sender_type, m.sender_id);
	if (sender) data.sender = sender;
	return data;
}

function conversationEventData(state, c) {
	const ci = byId(state.contactInboxes, c.contact_inbox_id);
	return {
		assignee_id: c.assignee_id,
		unread_count: unreadCount(state, c),
		last_activity_at: unix(c.last_activity_at),
		contact_inbox: { source_id: ci ? ci.source_id : null },
	};
}

function messagesOf(state, c) {
	return state.messages.filter((m) => m.conversation_id === c.id).sort((a, b) => a.id - b.id);
}

function unreadCount(state, c) {
	const seen = c.agent_last_seen_at ? c.agent_last_seen_at.getTime() : 0;
	return messagesOf(state, c).filter((m) => m.message_type === 'incoming' && m.created_at.getTime() > seen).length;
}

/** api/v1/conversations/partials/_conversation.json.jbuilder */
function conversation(state, baseUrl, c) {
	const theContact = byId(state.contacts, c.contact_id);
	const theInbox = byId(state.inboxes, c.inbox_id);
	const assignee = c.assignee_id ? byId(state.users, c.assignee_id) : undefined;
	const team = c.team_id ? byId(state.teams, c.team_id) : undefined;
	const ci = byId(state.contactInboxes, c.contact_inbox_id);
	const meta = {
		sender: theContact ? contact(state, theContact) : null,
		channel: theInbox ? theInbox.channel_type : null,
	};
	if (assignee) meta.assignee = agent(state, assignee, c.account_id);
	if (team) meta.team = teamView(state, team);
	meta.hmac_verified = ci ? Boolean(ci.hmac_verified) : false;
	const all = messagesOf(state, c);
	const nonActivity = all.filter((m) => m.message_type !== 'activity');
	return {
		meta,
		id: c.display_id,
		messages: all.length ? [messageEvent(state, baseUrl, all[all.length - 1])] : [],
		account_id: c.account_id,
		uuid: c.uuid,
		additional_attributes: c.additional_attributes,
		agent_last_seen_at: unix(c.agent_last_seen_at) || 0,
		assignee_last_seen_at: unix(c.assignee_last_seen_at) || 0,
		can_reply: true,
		contact_last_seen_at: unix(c.contact_last_seen_at) || 0,
		custom_attributes: c.custom_attributes,
		inbox_id: c.inbox_id,
		labels: [...c.labels],
		muted: c.muted === true,
		snoozed_until: c.snoozed_until ? iso(c.snoozed_until) : null,
		status: c.status,
		created_at: unix(c.created_at),
		updated_at: c.updated_at.getTime() / 1000,
		timestamp: unix(c.last_activity_at),
		first_reply_created_at: unix(c.first_reply_created_at) || 0,
		unread_count: unreadCount(state, c),
		last_non_activity_message: nonActivity.length ? messageEvent(state, baseUrl, nonActivity[nonActivity.length - 1]) : null,
		last_activity_at: unix(c.last_activity_at),
		priority: c.priority,
		waiting_since: unix(c.waiting_since) || 0,
		sla_policy_id: c.sla_policy_id ?? null,
	};
}

module.exports = { attachment, messageEvent, messagesOf, conversation };
