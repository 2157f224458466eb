import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';

export const TASKS_URL = '/api/v1/accounts/{account_id}/captain/tasks';
export const captainPath = { account_id: ACCOUNT };

const conversation = {
	displayName: 'Conversation',
	searchListMethod: 'getConversations',
	urlSegment: 'conversations',
};

/** The conversation a task reads (its ID is the number in the dashboard, Chatwoot's display ID). */
export const captainConversationLocator: INodeProperties = idLocator({ ...conversation, name: 'captainConversation' });
export const conversationDisplayId = locator('captainConversation', 'Conversation');

/** The same, optional, inside a collection (context for a rewrite). */
export const contextConversationLocator = (name: string, description: string): INodeProperties =>
	idLocator({ ...conversation, name, description, required: false });
