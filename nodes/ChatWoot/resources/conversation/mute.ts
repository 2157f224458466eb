import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATION_ACTION_URL, conversationActionPath, conversationLocator } from './fields';

export const mute = defineOperation({
	value: 'mute',
	name: 'Mute',
	action: 'Mute a conversation',
	description: 'New messages of the contact no longer notify agents, and the conversation is resolved; Unmute undoes it',
	method: 'POST',
	url: `${CONVERSATION_ACTION_URL}/mute`,
	request: { path: conversationActionPath },
	fields: [conversationLocator],
});
