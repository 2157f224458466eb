import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { conditionsField, filterConditions } from '../../shared/conditions';
import { boolean, text } from '../../shared/validators';
import {
	actionsField,
	automationActions,
	automationRulePath,
	eventField,
	eventName,
} from './fields';

// Conditions and actions replace the rule's current ones as a whole.
export const automationRuleUpdateRequest = buildRequest({
	path: automationRulePath,
	body: {
		name: optional('automationRuleUpdateFields.name', 'Name', text),
		description: optional('automationRuleUpdateFields.description', 'Description', text),
		event_name: optional('automationRuleUpdateFields.event_name', 'Event', eventName),
		active: optional('automationRuleUpdateFields.active', 'Active', boolean),
		conditions: optional('automationRuleUpdateFields.conditions', 'Conditions', filterConditions),
		actions: optional('automationRuleUpdateFields.actions', 'Actions', automationActions),
	},
});

export const automationRuleUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'automationRuleUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['automationRule'], operation: ['update'] } },
		description: 'Only the fields added here are sent; conditions and actions replace the current ones',
		options: [
			actionsField,
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether the rule runs',
			},
			conditionsField('When the rule acts: every condition, joined by And/Or'),
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
			},
			eventField,
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
			},
		],
	},
];
