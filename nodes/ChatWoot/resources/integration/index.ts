import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { integrationCreateHookDescription, integrationCreateHookRequest } from './createHook';
import { integrationDeleteHookRequest } from './deleteHook';
import { hookLocator } from './fields';
import { integrationGetAllAppsDescription, integrationGetAllAppsRequest } from './getAllApps';
import { integrationUpdateHookDescription, integrationUpdateHookRequest } from './updateHook';

const showOnlyForIntegrations = {
	resource: ['integration'],
};

const HOOKS_URL = '/api/v1/accounts/{account_id}/integrations/hooks';
const HOOK_URL = '/api/v1/accounts/{account_id}/integrations/hooks/{hook_id}';

export const integrationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForIntegrations },
		options: [
			{
				name: 'Create Hook',
				value: 'createHook',
				action: 'Create an integration hook',
				description: 'Connect an app (e.g. Dialogflow, OpenAI) to the account or an inbox',
				routing: chatwootRouting('POST', HOOKS_URL, integrationCreateHookRequest),
			},
			{
				name: 'Delete Hook',
				value: 'deleteHook',
				action: 'Delete an integration hook',
				routing: chatwootRouting('DELETE', HOOK_URL, integrationDeleteHookRequest),
			},
			{
				name: 'Get Many Apps',
				value: 'getAllApps',
				action: 'Get many integration apps',
				description: 'List the integration apps with their hooks in this account',
				routing: chatwootListRouting(
					'/api/v1/accounts/{account_id}/integrations/apps',
					integrationGetAllAppsRequest,
					{ records: ['payload', ''] },
				),
			},
			{
				name: 'Update Hook',
				value: 'updateHook',
				action: 'Update an integration hook',
				routing: chatwootRouting('PATCH', HOOK_URL, integrationUpdateHookRequest),
			},
		],
		default: 'getAllApps',
	},
	hookLocator,
	...integrationCreateHookDescription,
	...integrationGetAllAppsDescription,
	...integrationUpdateHookDescription,
];
