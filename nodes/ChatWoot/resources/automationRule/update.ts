import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { conditionsField, filterConditions } from '../../shared/fields/conditions';
import { boolean, text } from '../../../shared/fields/validators';
import {
	actionsField,
	automationActions,
	automationRuleLocator,
	automationRulePath,
	eventField,
	eventName,
	RULE_URL,
	unwrapRule,
} from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update an automation rule',
	method: 'PATCH',
	url: RULE_URL,
	// Conditions and actions replace the rule's current ones as a whole.
	request: {
		path: automationRulePath,
		body: {
			name: optional('automationRuleUpdateFields.name', 'Name', text),
			description: optional('automationRuleUpdateFields.description', 'Description', text),
			event_name: optional('automationRuleUpdateFields.event_name', 'Event', eventName),
			active: optional('automationRuleUpdateFields.active', 'Active', boolean),
			conditions: optional('automationRuleUpdateFields.conditions', 'Conditions', filterConditions),
			actions: optional('automationRuleUpdateFields.actions', 'Actions', automationActions),
		},
	},
	fields: [
		automationRuleLocator,
		{
			displayName: 'Update Fields',
			name: 'automationRuleUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
	output: [unwrapRule],
});
