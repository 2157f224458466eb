import type { INodeProperties } from 'n8n-workflow';
import { chatwootRouting } from '../../shared/routing';
import { platformUserCreateDescription, platformUserCreateRequest } from './create';
import { platformUserDeleteRequest } from './delete';
import { userIdField } from './fields';
import { platformUserGetRequest } from './get';
import { platformUserGetSsoLinkRequest } from './getSsoLink';
import { platformUserUpdateDescription, platformUserUpdateRequest } from './update';

const showOnlyForPlatformUsers = {
	resource: ['platformUser'],
};

export const platformUserDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForPlatformUsers },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				description: 'Create a user on the installation',
				routing: chatwootRouting('POST', '/platform/api/v1/users', platformUserCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a user',
				description: 'Delete a user from the installation',
				routing: chatwootRouting('DELETE', '/platform/api/v1/users/{id}', platformUserDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Get the details of a user',
				routing: chatwootRouting('GET', '/platform/api/v1/users/{id}', platformUserGetRequest),
			},
			{
				name: 'Get SSO Link',
				value: 'getSsoLink',
				action: 'Get a login link for a user',
				description: 'Get a one-time link that signs the user in to the dashboard',
				routing: chatwootRouting('GET', '/platform/api/v1/users/{id}/login', platformUserGetSsoLinkRequest),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: 'Change the name, email, password or custom attributes of a user',
				routing: chatwootRouting('PUT', '/platform/api/v1/users/{id}', platformUserUpdateRequest),
			},
		],
		default: 'update',
	},
	userIdField,
	...platformUserCreateDescription,
	...platformUserUpdateDescription,
];
