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
