'use strict';
// Record constructors of the application API and the demo data of account 1.

const crypto = require('node:crypto');
const { nextId, nextSequence, secureToken, DAY } = require('./state');

const HOUR = DAY / 24;

function newInbox(state, attrs, now) {
	const channelType = attrs.channel_type || 'Channel::Api';
	return {
		id: nextId(state, 'inboxes'),
		account_id: attrs.account_id,
		name: attrs.name,
		channel_type: channelType,
		channel_id: attrs.channel_id ?? nextSequence(state, 'channels'),
		avatar_url: '',
		greeting_enabled: false,
		greeting_message: null,
		working_hours_enabled: false,
		enable_email_collect: true,
		csat_survey_enabled: false,
		enable_auto_assignment: true,
		auto_assignment_config: {},
		out_of_office_message: null,
		working_hours: [],
		timezone: 'UTC',
		allow_messages_after_resolved: true,
		lock_to_single_conversation: false,
		sender_name_type: 'friendly',
		business_name: null,
		website_url: attrs.website_url ?? null,
		widget_color: attrs.widget_color ?? '#1f93ff',
		website_token: channelType === 'Channel::WebWidget' ? attrs.website_token || secureToken() : null,
		welcome_title: attrs.welcome_title ?? null,
		welcome_tagline: attrs.welcome_tagline ?? null,
		webhook_url: attrs.webhook_url ?? null,
		// the client API's secret: only API-channel inboxes have one
		inbox_identifier: channelType === 'Channel::Api' ? attrs.inbox_identifier || secureToken() : null,
		created_at: now,
		updated_at: now,
	};
}

function newContact(state, attrs, now) {
	return {
		id: nextId(state, 'contacts'),
		account_id: attrs.account_id,
		name: attrs.name ?? '',
		email: attrs.email ?? null,
		phone_number: attrs.phone_number ?? null,
		identifier: attrs.identifier ?? null,
		blocked: attrs.blocked ?? false,
		avatar_url: attrs.avatar_url ?? '',
		additional_attributes: attrs.additional_attributes || {},
		custom_attributes: attrs.custom_attributes || {},
		labels: attrs.labels || [],
		last_activity_at: attrs.last_activity_at ?? null,
		created_at: now,
		updated_at: now,
	};
}

function newContactInbox(state, attrs, now) {
	return {
		id: nextId(state, 'contactInboxes'),
		contact_id: attrs.contact_id,
		inbox_id: attrs.inbox_id,
		source_id: attrs.source_id || crypto.randomUUID(),
		hmac_verified: false,
		pubsub_token: secureToken(),
		created_at: now,
	};
}

/** Conversation ids in paths are display ids, counted per account. */
function nextDisplayId(state, accountId) {
	return state.conversations.filter((c) => c.account_id === accountId).reduce((max, c) => Math.max(max, c.display_id), 0) + 1;
}

function newConversation(state, attrs, now) {
	return {
		id: nextId(state, 'conversations'),
		account_id: attrs.account_id,
		display_id: nextDisplayId(state, attrs.account_id),
		inbox_id: attrs.inbox_id,
		contact_id: attrs.contact_id,
		contact_inbox_id: attrs.contact_inbox_id,
		assignee_id: attrs.assignee_id ?? null,
		team_id: attrs.team_id ?? null,
		status: attrs.status || 'open',
		priority: attrs.priority ?? null,
		labels: attrs.labels || [],
		custom_attributes: attrs.custom_attributes || {},
		additional_attributes: attrs.additional_attributes || {},
		uuid: crypto.randomUUID(),
		snoozed_until: attrs.snoozed_until ?? null,
		agent_last_seen_at: null,
		assignee_last_seen_at: null,
		contact_last_seen_at: null,
		first_reply_created_at: null,
		waiting_since: now,
		last_activity_at: now,
		created_at: now,
		updated_at: now,
	};
}

function newMessage(state, attrs, now) {
	return {
		id: nextId(state, 'messages'),
		account_id: attrs.account_id,
		inbox_id: attrs.inbox_id,
		conversation_id: attrs.conversation_id,
		message_type: attrs.message_type || 'outgoing',
		content: attrs.content ?? null,
		content_type: attrs.content_type || 'text',
		content_attributes: attrs.content_attributes || {},
		private: attrs.private ?? false,
		status: 'sent',
		source_id: attrs.source_id ?? null,
		sender_type: attrs.sender_type ?? null,
		sender_id: attrs.sender_id ?? null,
		additional_attributes: {},
		echo_id: attrs.echo_id,
		created_at: now,
		updated_at: now,
	};
}

/** Adds a message and moves the conversation's activity time, as the model callbacks do. */
function addMessage(state, conversation, attrs, now) {
	const message = newMessage(state, { account_id: conversation.account_id, inbox_id: conversation.inbox_id, conversation_id: conversation.id, ...attrs }, now);
	state.messages.push(message);
	conversation.last_activity_at = now;
	conversation.updated_at = now;
	if (message.message_type === 'outgoing' && !message.private && !conversation.first_reply_created_at) {
		conversation.first_reply_created_at = now;
		conversation.waiting_since = null;
	}
	const contact = state.contacts.find((c) => c.id === conversation.contact_id);
	if (contact && message.message_type === 'incoming') contact.last_activity_at = now;
	return message;
}

function at(now, msAgo) {
	return new Date(now - msAgo);
}

function seedInboxes(state, now) {
	state.inboxes.push(
		newInbox(state, { account_id: 1, name: 'Acme Support', channel_type: 'Channel::Api', inbox_identifier: 'acme-api-inbox', webhook_url: 'https://hooks.acme.test/chatwoot' }, at(now, 29 * DAY)),
		newInbox(state, { account_id: 1, name: 'Acme Website', channel_type: 'Channel::WebWidget', website_url: 'https://acme.test', website_token: 'acme-website-token', welcome_title: 'Hi there!' }, at(now, 29 * DAY)),
	);
	state.inboxMembers.push({ id: 1, inbox_id: 1, user_id: 1 }, { id: 2, inbox_id: 1, user_id: 2 }, { id: 3, inbox_id: 2, user_id: 1 });
	// the agent bot of tokens.bot answers inbox 1
	state.agentBotInboxes.push({ id: 1, inbox_id: 1, agent_bot_id: 1, account_id: 1 });
}

function seedContacts(state, now) {
	state.contacts.push(
		newContact(state, { account_id: 1, name: 'Jane Customer', email: 'jane@example.test', phone_number: '+15550001111', identifier: 'cust-1001', custom_attributes: { plan: 'pro' }, labels: ['vip'], last_activity_at: at(now, HOUR) }, at(now, 20 * DAY)),
		newContact(state, { account_id: 1, name: 'John Doe', email: 'john@example.test', last_activity_at: at(now, 2 * DAY) }, at(now, 10 * DAY)),
		// a website visitor without email, phone or identifier: not listed by the contacts index
		newContact(state, { account_id: 1, name: 'Anonymous visitor', last_activity_at: at(now, 3 * HOUR) }, at(now, 1 * DAY)),
	);
	state.contactInboxes.push(
		newContactInbox(state, { contact_id: 1, inbox_id: 1, source_id: 'jane-api-source' }, at(now, 20 * DAY)),
		newContactInbox(state, { contact_id: 2, inbox_id: 2 }, at(now, 10 * DAY)),
		newContactInbox(state, { contact_id: 3, inbox_id: 2 }, at(now, 1 * DAY)),
	);
}

function seedConversations(state, now) {
	// pushed one by one: display ids count the conversations already stored
	const add = (attrs, time) => {
		const c = newConversation(state, { account_id: 1, ...attrs }, time);
		state.conversations.push(c);
		return c;
	};
	const c1 = add({ inbox_id: 1, contact_id: 1, contact_inbox_id: 1, assignee_id: 1, labels: ['billing'], priority: 'high' }, at(now, 3 * HOUR));
	const c2 = add({ inbox_id: 2, contact_id: 2, contact_inbox_id: 2 }, at(now, 2 * DAY));
	const c3 = add({ inbox_id: 1, contact_id: 1, contact_inbox_id: 1, assignee_id: 2, status: 'resolved' }, at(now, 5 * DAY));
	addMessage(state, c3, { message_type: 'incoming', content: 'My order never arrived', sender_type: 'Contact', sender_id: 1 }, at(now, 5 * DAY));
	addMessage(state, c3, { message_type: 'outgoing', content: 'Sorry! It ships today.', sender_type: 'User', sender_id: 2 }, at(now, 5 * DAY - HOUR));
	addMessage(state, c2, { message_type: 'incoming', content: 'Do you ship to Canada?', sender_type: 'Contact', sender_id: 2 }, at(now, 2 * DAY));
	addMessage(state, c1, { message_type: 'incoming', content: 'I was charged twice', sender_type: 'Contact', sender_id: 1 }, at(now, 3 * HOUR));
	addMessage(state, c1, { message_type: 'outgoing', content: 'Let me check that for you.', sender_type: 'User', sender_id: 1 }, at(now, 2 * HOUR));
	addMessage(state, c1, { message_type: 'outgoing', content: 'Checked the invoices', private: true, sender_type: 'User', sender_id: 1 }, at(now, HOUR));
}

function seedAccountResources(state, now) {
	const t = at(now, 28 * DAY);
	state.labels.push(
		{ id: 1, account_id: 1, title: 'billing', description: 'Payments and invoices', color: '#FF6B6B', show_on_sidebar: true, created_at: t },
		{ id: 2, account_id: 1, title: 'vip', description: 'Important customers', color: '#FFD700', show_on_sidebar: true, created_at: t },
		{ id: 3, account_id: 1, title: 'bug', description: null, color: '#1F93FF', show_on_sidebar: false, created_at: t },
	);
	state.teams.push({ id: 1, account_id: 1, name: 'support', description: 'First line support', allow_auto_assign: true, created_at: t });
	state.teamMembers.push({ id: 1, team_id: 1, user_id: 1 }, { id: 2, team_id: 1, user_id: 2 });
	state.cannedResponses.push({ id: 1, account_id: 1, short_code: 'hello', content: 'Hello! How can we help you today?', created_at: t, updated_at: t });
	state.customAttributeDefinitions.push(
		{ id: 1, account_id: 1, attribute_display_name: 'Plan', attribute_display_type: 'list', attribute_description: 'Subscription plan', attribute_key: 'plan', regex_pattern: null, regex_cue: null, attribute_values: ['free', 'pro', 'enterprise'], attribute_model: 'contact_attribute', default_value: null, created_at: t, updated_at: t },
		{ id: 2, account_id: 1, attribute_display_name: 'Order ID', attribute_display_type: 'text', attribute_description: 'Order the conversation is about', attribute_key: 'order_id', regex_pattern: null, regex_cue: null, attribute_values: [], attribute_model: 'conversation_attribute', default_value: null, created_at: t, updated_at: t },
	);
	state.automationRules.push({
		id: 1,
		account_id: 1,
		name: 'Tag billing questions',
		description: 'Adds the billing label',
		event_name: 'message_created',
		conditions: [{ attribute_key: 'content', filter_operator: 'contains', values: ['invoice'], query_operator: null }],
		actions: [{ action_name: 'add_label', action_params: ['billing'] }],
		active: true,
		created_at: t,
	});
	state.portals.push({ id: 1, account_id: 1, name: 'Acme Help', slug: 'acme-help', color: '#1F93FF', custom_domain: null, header_text: 'How can we help?', homepage_link: 'https://acme.test', page_title: 'Acme Help Center', archived: false, config: { allowed_locales: ['en'], default_locale: 'en' }, created_at: t });
}

/** Demo data of account 1: inboxes, contacts, conversations with messages, and the rest. */
function seedApplication(state, now) {
	seedInboxes(state, now);
	seedContacts(state, now);
	seedConversations(state, now);
	seedAccountResources(state, now);
}

module.exports = {
	seedApplication,
	newInbox,
	newContact,
	newContactInbox,
	newConversation,
	newMessage,
	addMessage,
};
