import { defineOperation } from '../../shared/declare/operation';
import { locator } from '../../shared/request/fieldSources';
import { MESSAGES_URL, conversationPath, messageConversationLocator, messageLocator } from './fields';

// Chatwoot keeps the message, replaced by "This message was deleted", and drops its attachments.
export const deleteMessage = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a message',
	method: 'DELETE',
	url: `${MESSAGES_URL}/{message_id}`,
	request: { path: { ...conversationPath, message_id: locator('message', 'Message') } },
	fields: [messageConversationLocator, messageLocator],
});
