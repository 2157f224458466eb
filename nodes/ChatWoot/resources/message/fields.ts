import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';

export const MESSAGES_URL = '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages';

export const conversationPath = {
	account_id: ACCOUNT,
	conversation_id: locator('messageConversation', 'Conversation'),
};

/** The conversation of every message operation; listSearch/getMessages reads it too. */
export const messageConversationLocator: INodeProperties = idLocator({
	name: 'messageConversation',
	displayName: 'Conversation',
	searchListMethod: 'getConversations',
	urlSegment: 'conversations',
});

/** The message, for the operations on one message of the conversation above. */
export const messageLocator: INodeProperties = idLocator({
	name: 'message',
	displayName: 'Message',
	searchListMethod: 'getMessages',
	description: 'The list shows the latest messages of the conversation chosen above',
});

// MessagesController's own routes name the message ID `id`
export const MESSAGE_URL = `${MESSAGES_URL}/{id}`;
export const messagePath = { ...conversationPath, id: locator('message', 'Message') };
