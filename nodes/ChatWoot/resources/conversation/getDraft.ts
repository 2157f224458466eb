import { defineOperation } from '../../shared/declare/operation';
import { conversationLocator, conversationPath, DRAFT_URL } from './fields';

export const getDraft = defineOperation({
	value: 'getDraft',
	name: 'Get Draft',
	action: 'Get the draft reply of a conversation',
	description: "The token user's unsent reply in the conversation: has_draft, and the message when there is one",
	method: 'GET',
	url: DRAFT_URL,
	request: { path: conversationPath },
	fields: [conversationLocator],
});
