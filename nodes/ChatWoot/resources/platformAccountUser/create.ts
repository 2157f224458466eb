import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { role } from '../agent/fields';
import { accountIdPath, userIdBody } from './fields';

const showOnlyForPlatformAccountUserCreate = {
	resource: ['platformAccountUser'],
	operation: ['create'],
};

export const platformAccountUserCreateRequest = buildRequest({
	path: accountIdPath,
	body: {
		...userIdBody,
		role: role('role'), // an account user's role, as for agents
	},
});

export const platformAccountUserCreateDescription: INodeProperties[] = [
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
		displayOptions: { show: showOnlyForPlatformAccountUserCreate },
	},
];
