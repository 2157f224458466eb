'use strict';
// Client API message list, paged like MessageFinder (Public::Api::V1::Inboxes::
// MessagesController#index): the latest 20 visible messages, or the 20 before
// `before=<id>`, oldest first. Visible: not private, not activity. Wraps the list of
// public.js, which renders the messages.

const { ok } = require('./util');
const publicApi = require('./public');

const PER_PAGE = 20;
const ACTIVITY = 2;

function listMessages(ctx) {
	const all = publicApi.handlers['list-all-conversation-messages'](ctx).body;
	const before = ctx.query.before !== undefined ? Number(ctx.query.before) : undefined;
	const visible = all.filter((m) => m.message_type !== ACTIVITY && (before === undefined || m.id < before));
	return ok(visible.slice(-PER_PAGE));
}

module.exports = { handlers: { 'list-all-conversation-messages': listMessages } };
