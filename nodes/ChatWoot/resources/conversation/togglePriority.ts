import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { CONVERSATION_URL, PRIORITIES, conversationLocator, conversationPath, priorityOptions } from './fields';

export const togglePriority = defineOperation({
	value: 'togglePriority',
	name: 'Toggle Priority',
	action: 'Set the priority of a conversation',
	method: 'POST',
	url: `${CONVERSATION_URL}/toggle_priority`,
	request: {
		path: conversationPath,
		body: { priority: required('priority', 'Priority', oneOf(PRIORITIES)) },
	},
	fields: [
		conversationLocator,
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			required: true,
			options: priorityOptions,
			default: 'none',
			description: 'None clears the priority',
		},
	],
});
