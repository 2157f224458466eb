import { defineOperation } from '../../shared/declare/operation';
import { TASKS_URL, captainConversationLocator, captainPath, conversationDisplayId } from './fields';

export const suggestReply = defineOperation({
	value: 'suggestReply',
	name: 'Suggest Reply',
	action: 'Suggest a reply to a conversation with Captain',
	description: "Captain's draft of the next reply, in the output's message; nothing is sent",
	method: 'POST',
	url: `${TASKS_URL}/reply_suggestion`,
	request: { path: captainPath, body: { conversation_display_id: conversationDisplayId } },
	fields: [captainConversationLocator],
});
