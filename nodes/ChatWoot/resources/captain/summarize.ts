import { defineOperation } from '../../shared/declare/operation';
import { TASKS_URL, captainConversationLocator, captainPath, conversationDisplayId } from './fields';

export const summarize = defineOperation({
	value: 'summarize',
	name: 'Summarize',
	action: 'Summarize a conversation with Captain',
	description: "Captain's summary of a conversation, in the output's message",
	method: 'POST',
	url: `${TASKS_URL}/summarize`,
	request: { path: captainPath, body: { conversation_display_id: conversationDisplayId } },
	fields: [captainConversationLocator],
});
