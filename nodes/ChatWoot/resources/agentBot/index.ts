import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { agentBotCreateDescription, agentBotCreateRequest } from './create';
import { agentBotDeleteRequest } from './delete';
import { agentBotLocator } from './fields';
import { agentBotGetRequest } from './get';
import { agentBotGetAllDescription, agentBotGetAllRequest } from './getAll';
import { agentBotUpdateDescription, agentBotUpdateRequest } from './update';

const AGENT_BOTS_URL = '/api/v1/accounts/{account_id}/agent_bots';
const AGENT_BOT_URL = '/api/v1/accounts/{account_id}/agent_bots/{id}';

export const agentBotDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agentBot'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an agent bot',
				description: 'Create an agent bot of the account',
				routing: chatwootRouting('POST', AGENT_BOTS_URL, agentBotCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an agent bot',
				description: 'Delete an agent bot of the account',
				routing: chatwootRouting('DELETE', AGENT_BOT_URL, agentBotDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an agent bot',
				routing: chatwootRouting('GET', AGENT_BOT_URL, agentBotGetRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many agent bots',
				description: "The account's bots and the bots available to every account",
				routing: chatwootListRouting(AGENT_BOTS_URL, agentBotGetAllRequest, { records: [''] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an agent bot',
				routing: chatwootRouting('PATCH', AGENT_BOT_URL, agentBotUpdateRequest),
			},
		],
		default: 'getAll',
	},
	...agentBotCreateDescription,
	agentBotLocator,
	...agentBotGetAllDescription,
	...agentBotUpdateDescription,
];
