import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_URL, conversationFields, conversationPath } from './fields';

// Marks the conversation's messages as read by the contact, now.
export const updateLastSeen = defineOperation({
	value: 'updateLastSeen',
	name: 'Update Last Seen',
	action: 'Mark a conversation as seen by the contact',
	method: 'POST',
	url: `${CONVERSATION_URL}/update_last_seen`,
	request: { path: conversationPath },
	fields: conversationFields,
});
