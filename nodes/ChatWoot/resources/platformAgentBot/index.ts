import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { platformAgentBotCreateDescription, platformAgentBotCreateRequest } from './create';
import { platformAgentBotDeleteRequest } from './delete';
import { agentBotIdField } from './fields';
import { platformAgentBotGetRequest } from './get';
import { platformAgentBotGetAllDescription, platformAgentBotGetAllRequest } from './getAll';
import { platformAgentBotUpdateDescription, platformAgentBotUpdateRequest } from './update';

const showOnlyForPlatformAgentBots = {
	resource: ['platformAgentBot'],
};

const AGENT_BOTS_URL = '/platform/api/v1/agent_bots';
const AGENT_BOT_URL = '/platform/api/v1/agent_bots/{id}';

export const platformAgentBotDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForPlatformAgentBots },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a platform agent bot',
				description: 'Create an agent bot on the installation',
				routing: chatwootRouting('POST', AGENT_BOTS_URL, platformAgentBotCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a platform agent bot',
				routing: chatwootRouting('DELETE', AGENT_BOT_URL, platformAgentBotDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a platform agent bot',
				routing: chatwootRouting('GET', AGENT_BOT_URL, platformAgentBotGetRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many platform agent bots',
				description: 'List the agent bots of the installation',
				routing: chatwootListRouting(AGENT_BOTS_URL, platformAgentBotGetAllRequest, { records: [''] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a platform agent bot',
				routing: chatwootRouting('PATCH', AGENT_BOT_URL, platformAgentBotUpdateRequest),
			},
		],
		default: 'getAll',
	},
	agentBotIdField,
	...platformAgentBotCreateDescription,
	...platformAgentBotGetAllDescription,
	...platformAgentBotUpdateDescription,
];
