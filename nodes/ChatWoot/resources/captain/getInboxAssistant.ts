import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { captainConversationLocator } from './fields';

export const getInboxAssistant = defineOperation({
	value: 'getInboxAssistant',
	name: 'Get Inbox Assistant',
	action: "Get the Captain assistant of a conversation's inbox",
	description: "The assistant that answers in the conversation's inbox: assistant (ID and name), or null",
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/conversations/{id}/inbox_assistant',
	request: { path: { account_id: ACCOUNT, id: locator('captainConversation', 'Conversation') } },
	fields: [captainConversationLocator],
	enterprise: true,
});
