import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { CONVERSATION_ACTION_URL, conversationActionPath, conversationLocator } from './fields';

// conversations_controller.rb ATTACHMENT_RESULTS_PER_PAGE
const ATTACHMENTS_PER_PAGE = 100;

export const getAttachments = defineOperation({
	value: 'getAttachments',
	name: 'Get Attachments',
	action: 'Get the attachments of a conversation',
	description: 'One item per file sent in the conversation, newest first',
	method: 'GET',
	url: `${CONVERSATION_ACTION_URL}/attachments`,
	request: { path: conversationActionPath },
	fields: [conversationLocator, RETURN_ALL_AND_LIMIT],
	list: { records: ['payload'], pagination: byPage(ATTACHMENTS_PER_PAGE) },
});
