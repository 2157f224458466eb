import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { oneOf, positiveInteger } from '../../../shared/fields/validators';
import { CONVERSATION_URL, PRIORITIES, conversationLocator, conversationPath, priorityOptions } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a conversation',
	description: 'Change the priority or SLA policy of the conversation',
	method: 'PATCH',
	url: CONVERSATION_URL,
	request: {
		path: conversationPath,
		body: {
			priority: optional('conversationUpdateFields.priority', 'Priority', oneOf(PRIORITIES)),
			sla_policy_id: optional('conversationUpdateFields.sla_policy_id', 'SLA Policy ID', positiveInteger),
		},
	},
	fields: [
		conversationLocator,
		{
			displayName: 'Update Fields',
			name: 'conversationUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				{
					displayName: 'Priority',
					name: 'priority',
					type: 'options',
					options: priorityOptions,
					default: 'none',
				},
				{
					displayName: 'SLA Policy ID',
					name: 'sla_policy_id',
					type: 'number',
					typeOptions: { numberPrecision: 0 },
					default: 0,
					description: 'ID of the SLA policy to apply (Chatwoot Enterprise)',
				},
			],
		},
	],
});
