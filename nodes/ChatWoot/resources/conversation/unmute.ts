import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_ACTION_URL, conversationActionPath, conversationLocator } from './fields';

export const unmute = defineOperation({
	value: 'unmute',
	name: 'Unmute',
	action: 'Unmute a conversation',
	description: 'New messages of the contact notify agents again',
	method: 'POST',
	url: `${CONVERSATION_ACTION_URL}/unmute`,
	request: { path: conversationActionPath },
	fields: [conversationLocator],
});
