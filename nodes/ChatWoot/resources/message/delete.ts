import { idLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { locator } from '../../shared/request/fieldSources';
import { MESSAGES_URL, conversationPath, messageConversationLocator } from './fields';

// Chatwoot keeps the message, replaced by "This message was deleted", and drops its attachments.
export const deleteMessage = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a message',
	method: 'DELETE',
	url: `${MESSAGES_URL}/{message_id}`,
	request: { path: { ...conversationPath, message_id: locator('message', 'Message') } },
	fields: [
		messageConversationLocator,
		idLocator({
			name: 'message',
			displayName: 'Message',
			searchListMethod: 'getMessages',
			description: 'The list shows the latest messages of the conversation chosen above',
		}),
	],
});
