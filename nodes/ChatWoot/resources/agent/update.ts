import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentPath, availabilityOptions, availabilitySettings, role, roleField } from './fields';

const showOnlyForAgentUpdate = {
	resource: ['agent'],
	operation: ['update'],
};

// The spec makes role required on update, so it is always sent.
export const agentUpdateRequest = buildRequest({
	path: agentPath,
	body: {
		role: role('agentNewRole'),
		...availabilitySettings('agentUpdateFields'),
	},
});

export const agentUpdateDescription: INodeProperties[] = [
	roleField(
		'agentNewRole',
		'update',
		"Always sent (Chatwoot's API requires it): to keep the agent's role, pick the role they have now",
	),
	{
		displayName: 'Update Fields',
		name: 'agentUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForAgentUpdate },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: availabilityOptions,
	},
];
