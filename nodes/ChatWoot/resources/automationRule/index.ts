import type { INodeProperties } from 'n8n-workflow';
import { unwrap } from '../../shared/output';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { automationRuleCreateDescription, automationRuleCreateRequest } from './create';
import { automationRuleDeleteRequest } from './delete';
import { automationRuleLocator } from './fields';
import { automationRuleGetRequest } from './get';
import { automationRuleGetAllDescription, automationRuleGetAllRequest } from './getAll';
import { automationRuleUpdateDescription, automationRuleUpdateRequest } from './update';

const RULES_URL = '/api/v1/accounts/{account_id}/automation_rules';
const RULE_URL = '/api/v1/accounts/{account_id}/automation_rules/{id}';

// Show and update answer {payload: rule}; create answers the bare rule on current servers.
const rule = unwrap('payload', '');

export const automationRuleDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['automationRule'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an automation rule',
				routing: chatwootRouting('POST', RULES_URL, automationRuleCreateRequest, rule),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an automation rule',
				routing: chatwootRouting('DELETE', RULE_URL, automationRuleDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an automation rule',
				routing: chatwootRouting('GET', RULE_URL, automationRuleGetRequest, rule),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many automation rules',
				routing: chatwootListRouting(RULES_URL, automationRuleGetAllRequest, { records: ['payload', ''] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an automation rule',
				routing: chatwootRouting('PATCH', RULE_URL, automationRuleUpdateRequest, rule),
			},
		],
		default: 'getAll',
	},
	...automationRuleCreateDescription,
	automationRuleLocator,
	...automationRuleGetAllDescription,
	...automationRuleUpdateDescription,
];
