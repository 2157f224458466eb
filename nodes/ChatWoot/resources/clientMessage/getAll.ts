import { downloadFields } from '../../shared/files/attachments';
import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byMessageCursor } from '../../shared/send/pagination';
import { MESSAGES_URL, conversationFields, conversationPath } from './fields';

// Newest 20 first, then `before=<oldest id>` (byMessageCursor); private notes and activity
// messages are never shown to the contact.
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many messages through the client API',
	description: 'Get the messages of a conversation as the contact sees them, oldest first',
	method: 'GET',
	url: MESSAGES_URL,
	request: { path: conversationPath },
	fields: [...conversationFields, RETURN_ALL_AND_LIMIT, ...downloadFields('clientMessage', 'the messages')],
	list: {
		records: [''],
		// MessageFinder: 20 visible messages a page, so a shorter page is the oldest
		pagination: byMessageCursor(20),
	},
	downloads: true,
});
