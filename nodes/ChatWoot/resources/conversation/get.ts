import { downloadFields } from '../../shared/files/attachments';
import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_URL, conversationLocator, conversationPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a conversation',
	method: 'GET',
	url: CONVERSATION_URL,
	request: { path: conversationPath },
	fields: [
		conversationLocator,
		// Chatwoot's conversation view carries its latest message (messages[0]) and the latest
		// non-activity one, with their attachments; older messages: Message > Get Many.
		...downloadFields(
			'conversation',
			"the conversation's latest message (the only one Chatwoot includes; use Message > Get Many for the others)",
		),
	],
	downloads: true,
});
