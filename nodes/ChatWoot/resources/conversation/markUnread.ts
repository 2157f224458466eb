import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_ACTION_URL, conversationActionPath, conversationLocator } from './fields';

export const markUnread = defineOperation({
	value: 'markUnread',
	name: 'Mark Unread',
	action: 'Mark a conversation as unread',
	description: "Set the last seen time before the contact's latest message, so the conversation shows as unread",
	method: 'POST',
	url: `${CONVERSATION_ACTION_URL}/unread`,
	request: { path: conversationActionPath },
	fields: [conversationLocator],
});
