import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { CONVERSATION_URL, conversationFields, conversationPath } from './fields';

const typingStatus = required('clientConversationTypingStatus', 'Typing Status', oneOf(['off', 'on'] as const));

export const toggleTyping = defineOperation({
	value: 'toggleTyping',
	name: 'Toggle Typing',
	action: 'Set the typing indicator of the contact',
	description: 'Show or hide "typing..." to the agents',
	method: 'POST',
	url: `${CONVERSATION_URL}/toggle_typing`,
	// The spec lists typing_status both as a query parameter and in the body; the controller
	// reads params[:typing_status], which either fills, so both carry it.
	request: {
		path: conversationPath,
		query: { typing_status: typingStatus },
		body: { typing_status: typingStatus },
	},
	fields: [
		...conversationFields,
		{
			displayName: 'Typing Status',
			name: 'clientConversationTypingStatus',
			type: 'options',
			required: true,
			default: 'on',
			options: [
				{ name: 'Off', value: 'off', description: 'The contact stopped typing' },
				{ name: 'On', value: 'on', description: 'Agents see the contact typing' },
			],
		},
	],
});
