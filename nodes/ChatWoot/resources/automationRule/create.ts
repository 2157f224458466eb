import { defineOperation } from '../../shared/declare/operation';
import { optional, required } from '../../shared/request/fieldSources';
import { conditionsField, filterConditions } from '../../shared/fields/conditions';
import { boolean, requiredText, text } from '../../../shared/fields/validators';
import {
	actionsField,
	automationActions,
	automationRulesPath,
	eventField,
	eventName,
	RULES_URL,
	unwrapRule,
} from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create an automation rule',
	method: 'POST',
	url: RULES_URL,
	// Chatwoot's table needs a name, an event, conditions and actions, so they are required
	// here although the spec marks nothing as required.
	request: {
		path: automationRulesPath,
		body: {
			name: required('automationRuleName', 'Name', requiredText),
			event_name: required('event_name', 'Event', eventName),
			conditions: required('automationRuleConditions', 'Conditions', filterConditions),
			actions: required('actions', 'Actions', automationActions),
			description: optional('automationRuleAdditionalFields.description', 'Description', text),
			active: optional('automationRuleAdditionalFields.active', 'Active', boolean),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'automationRuleName',
			type: 'string',
			required: true,
			default: '',
		},
		{ ...eventField, required: true },
		{
			...conditionsField('When the rule acts: every condition, joined by And/Or'),
			name: 'automationRuleConditions',
			required: true,
		},
		{ ...actionsField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'automationRuleAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Active',
					name: 'active',
					type: 'boolean',
					default: true,
					description: 'Whether the rule runs; new rules are active unless set otherwise',
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
				},
			],
		},
	],
	output: [unwrapRule],
});
