import { defineOperation } from '../../shared/declare/operation';
import { TASKS_URL, captainConversationLocator, captainPath, conversationDisplayId } from './fields';

export const suggestLabels = defineOperation({
	value: 'suggestLabels',
	name: 'Suggest Labels',
	action: 'Suggest labels for a conversation with Captain',
	description: "Labels of the account Captain finds fitting, in the output's message; none are added",
	method: 'POST',
	url: `${TASKS_URL}/label_suggestion`,
	// tasks_controller.rb reads params[:conversation_display_id], from the query string as well
	request: { path: captainPath, query: { conversation_display_id: conversationDisplayId } },
	fields: [captainConversationLocator],
});
