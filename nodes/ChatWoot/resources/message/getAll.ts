import { downloadFields } from '../../shared/files/attachments';
import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byMessageCursor } from '../../shared/send/pagination';
import { MESSAGES_URL, conversationPath, messageConversationLocator } from './fields';

// Paged by the `before` cursor (shared/pagination.ts byMessageCursor), newest first.
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many messages',
	description: 'Get the messages of a conversation, oldest first',
	method: 'GET',
	url: MESSAGES_URL,
	request: { path: conversationPath },
	fields: [messageConversationLocator, RETURN_ALL_AND_LIMIT, ...downloadFields('message', 'the messages')],
	list: { records: ['payload'], pagination: byMessageCursor() },
	// With a Limit, the most recent messages are the ones kept.
	limitDescription: 'Max number of results to return, the most recent ones',
	downloads: true,
});
