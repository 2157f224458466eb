import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, required } from '../../shared/request';
import { oneOf } from '../../shared/validators';
import { accountIdPath, userIdBody } from './fields';

const showOnlyForPlatformAccountUserCreate = {
	resource: ['platformAccountUser'],
	operation: ['create'],
};

export const platformAccountUserCreateRequest = buildRequest({
	path: accountIdPath,
	body: {
		...userIdBody,
		role: required('role', 'Role', oneOf(['administrator', 'agent'])),
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
