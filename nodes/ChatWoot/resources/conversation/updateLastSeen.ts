import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_ACTION_URL, conversationActionPath, conversationLocator } from './fields';

export const updateLastSeen = defineOperation({
	value: 'updateLastSeen',
	name: 'Update Last Seen',
	action: 'Mark a conversation as seen by the token user',
	description: "Set the token user's last seen time to now, so it shows as read; outputs the conversation",
	method: 'POST',
	url: `${CONVERSATION_ACTION_URL}/update_last_seen`,
	request: { path: conversationActionPath },
	fields: [conversationLocator],
});
