import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { email, requiredText } from '../../shared/validators';
import { availabilityOptions, availabilitySettings, role, roleField } from './fields';

const showOnlyForAgentCreate = {
	resource: ['agent'],
	operation: ['create'],
};

export const agentCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		name: required('agentName', 'Name', requiredText),
		email: required('agentEmail', 'Email', email),
		role: role('agentRole'),
		...availabilitySettings('agentAdditionalFields'),
	},
});

export const agentCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'agentName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForAgentCreate },
	},
	{
		displayName: 'Email',
		name: 'agentEmail',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Chatwoot sends the invitation to this address',
		displayOptions: { show: showOnlyForAgentCreate },
	},
	roleField('agentRole', 'create', 'Administrators can manage the account; agents work on conversations'),
	{
		displayName: 'Additional Fields',
		name: 'agentAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForAgentCreate },
		options: availabilityOptions,
	},
];
