import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, optional, required } from '../../shared/request';
import { conditionsField, filterConditions } from '../../shared/conditions';
import { boolean, requiredText, text } from '../../shared/validators';
import { actionsField, automationActions, eventField, eventName } from './fields';

const showOnlyForAutomationRuleCreate = {
	resource: ['automationRule'],
	operation: ['create'],
};

// Chatwoot's table needs a name, an event, conditions and actions, so they are required
// here although the spec marks nothing as required.
export const automationRuleCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		name: required('automationRuleName', 'Name', requiredText),
		event_name: required('event_name', 'Event', eventName),
		conditions: required('automationRuleConditions', 'Conditions', filterConditions),
		actions: required('actions', 'Actions', automationActions),
		description: optional('automationRuleAdditionalFields.description', 'Description', text),
		active: optional('automationRuleAdditionalFields.active', 'Active', boolean),
	},
});

export const automationRuleCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'automationRuleName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForAutomationRuleCreate },
	},
	{ ...eventField, required: true, displayOptions: { show: showOnlyForAutomationRuleCreate } },
	{
		...conditionsField('When the rule acts: every condition, joined by And/Or'),
		name: 'automationRuleConditions',
		required: true,
		displayOptions: { show: showOnlyForAutomationRuleCreate },
	},
	{ ...actionsField, required: true, displayOptions: { show: showOnlyForAutomationRuleCreate } },
	{
		displayName: 'Additional Fields',
		name: 'automationRuleAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForAutomationRuleCreate },
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
];
