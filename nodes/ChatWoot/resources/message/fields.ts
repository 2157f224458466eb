import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../shared/locators';
import { ACCOUNT, locator } from '../../shared/request';

export const conversationPath = {
	account_id: ACCOUNT,
	conversation_id: locator('conversation', 'Conversation'),
};

export function conversationLocator(operation: string): INodeProperties {
	return idLocator({
		name: 'conversation',
		displayName: 'Conversation',
		searchListMethod: 'getConversations',
		urlSegment: 'conversations',
		show: { resource: ['message'], operation: [operation] },
	});
}
