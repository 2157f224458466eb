import { defineOperation } from '../../shared/declare/operation';
import { role } from '../agent/fields';
import { ACCOUNT_USERS_URL, accountIdField, accountIdPath, userIdBody, userIdField } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Add a user to an account',
	description: 'Give a user a role (administrator or agent) in an account',
	method: 'POST',
	url: ACCOUNT_USERS_URL,
	request: {
		path: accountIdPath,
		body: {
			...userIdBody,
			role: role('role'), // an account user's role, as for agents
		},
	},
	fields: [
		accountIdField,
		userIdField,
		{
			displayName: 'Role',
			name: 'role',
			type: 'options',
			required: true,
			options: [
				{ name: 'Administrator', value: 'administrator' },
				{ name: 'Agent', value: 'agent' },
			],
			default: 'agent',
		},
	],
});
