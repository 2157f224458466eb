import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { email, requiredText } from '../../../shared/fields/validators';
import { AGENTS_URL, agentsPath, availabilityOptions, availabilitySettings, role, roleField } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Add an agent to the account',
	description: 'Invite a person to the account as an agent or administrator',
	method: 'POST',
	url: AGENTS_URL,
	request: {
		path: agentsPath,
		body: {
			name: required('agentName', 'Name', requiredText),
			email: required('agentEmail', 'Email', email),
			role: role('agentRole'),
			...availabilitySettings('agentAdditionalFields'),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'agentName',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Email',
			name: 'agentEmail',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'Chatwoot sends the invitation to this address',
		},
		roleField('agentRole', 'Administrators can manage the account; agents work on conversations'),
		{
			displayName: 'Additional Fields',
			name: 'agentAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: availabilityOptions,
		},
	],
});
