import { defineOperation } from '../../shared/declare/operation';
import { TASKS_URL, captainConversationLocator, captainPath, conversationDisplayId } from './fields';

export const suggestLabels = defineOperation({
	value: 'suggestLabels',
	name: 'Suggest Labels',
	action: 'Suggest labels for a conversation with Captain',
	description: "Labels of the account Captain finds fitting, in the output's message; none are added",
	method: 'POST',
	url: `${TASKS_URL}/label_suggestion`,
	request: { path: captainPath, body: { conversation_display_id: conversationDisplayId } },
	fields: [captainConversationLocator],
});
