import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../shared/locators';
import { buildRequest, locator } from '../../shared/request';
import { conversationPath } from './fields';

// Chatwoot keeps the message, replaced by "This message was deleted", and drops its attachments.
export const messageDeleteRequest = buildRequest({
	path: { ...conversationPath, message_id: locator('message', 'Message') },
});

export const messageDeleteDescription: INodeProperties[] = [
	idLocator({
		name: 'message',
		displayName: 'Message',
		searchListMethod: 'getMessages',
		description: 'The list shows the latest messages of the conversation chosen above',
		show: { resource: ['message'], operation: ['delete'] },
	}),
];
