import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_ACTION_URL, conversationActionPath, conversationLocator } from './fields';

export const deleteConversation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete the conversation with its messages and attachments (administrators only)',
	method: 'DELETE',
	url: CONVERSATION_ACTION_URL,
	request: { path: conversationActionPath },
	fields: [conversationLocator],
});
