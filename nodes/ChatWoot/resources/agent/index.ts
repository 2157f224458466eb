import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { agentCreateDescription, agentCreateRequest } from './create';
import { agentDeleteRequest } from './delete';
import { agentLocator } from './fields';
import { agentGetAllDescription, agentGetAllRequest } from './getAll';
import { agentUpdateDescription, agentUpdateRequest } from './update';

const showOnlyForAgents = {
	resource: ['agent'],
};

const AGENTS_URL = '/api/v1/accounts/{account_id}/agents';
const AGENT_URL = '/api/v1/accounts/{account_id}/agents/{id}';

export const agentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForAgents },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Add an agent to the account',
				description: 'Invite a person to the account as an agent or administrator',
				routing: chatwootRouting('POST', AGENTS_URL, agentCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Remove an agent from the account',
				routing: chatwootRouting('DELETE', AGENT_URL, agentDeleteRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many agents',
				routing: chatwootListRouting(AGENTS_URL, agentGetAllRequest, { records: ['payload', ''] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an agent',
				description: "Change an agent's role or availability",
				routing: chatwootRouting('PATCH', AGENT_URL, agentUpdateRequest),
			},
		],
		default: 'getAll',
	},
	...agentCreateDescription,
	agentLocator,
	...agentGetAllDescription,
	...agentUpdateDescription,
];
