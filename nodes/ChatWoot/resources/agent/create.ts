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
		name: required('name', 'Name', requiredText),
		email: required('email', 'Email', email),
		role,
		...availabilitySettings('additionalFields'),
	},
});

export const agentCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForAgentCreate },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Chatwoot sends the invitation to this address',
		displayOptions: { show: showOnlyForAgentCreate },
	},
	roleField('create', 'Administrators can manage the account; agents work on conversations'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForAgentCreate },
		options: availabilityOptions,
	},
];
