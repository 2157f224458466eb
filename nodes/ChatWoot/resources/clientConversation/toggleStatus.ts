import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_URL, conversationFields, conversationPath } from './fields';

// Despite the name, the client API only resolves (a resolved conversation stays resolved).
export const toggleStatus = defineOperation({
	value: 'toggleStatus',
	name: 'Toggle Status',
	action: 'Resolve a conversation through the client API',
	description: 'Resolve the conversation on behalf of the contact',
	method: 'POST',
	url: `${CONVERSATION_URL}/toggle_status`,
	request: { path: conversationPath },
	fields: conversationFields,
});
