import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { oneOf, positiveInteger } from '../../shared/validators';
import { PRIORITIES, conversationPath, priorityOptions, showFor } from './fields';

export const conversationUpdateRequest = buildRequest({
	path: conversationPath,
	body: {
		priority: optional('conversationUpdateFields.priority', 'Priority', oneOf(PRIORITIES)),
		sla_policy_id: optional('conversationUpdateFields.sla_policy_id', 'SLA Policy ID', positiveInteger),
	},
});

export const conversationUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'conversationUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('update') },
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
];
