import { defineOperation } from '../../shared/declare/operation';
import { conversationLocator, conversationPath, DRAFT_URL } from './fields';

export const deleteDraft = defineOperation({
	value: 'deleteDraft',
	name: 'Delete Draft',
	action: 'Delete the draft reply of a conversation',
	method: 'DELETE',
	url: DRAFT_URL,
	request: { path: conversationPath },
	fields: [conversationLocator],
});
