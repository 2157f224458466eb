import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { platformAccountUserCreateDescription, platformAccountUserCreateRequest } from './create';
import { platformAccountUserDeleteRequest } from './delete';
import { accountUserIdFields } from './fields';
import { platformAccountUserGetAllDescription, platformAccountUserGetAllRequest } from './getAll';

const showOnlyForPlatformAccountUsers = {
	resource: ['platformAccountUser'],
};

const ACCOUNT_USERS_URL = '/platform/api/v1/accounts/{account_id}/account_users';

export const platformAccountUserDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForPlatformAccountUsers },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Add a user to an account',
				description: 'Give a user a role (administrator or agent) in an account',
				routing: chatwootRouting('POST', ACCOUNT_USERS_URL, platformAccountUserCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Remove a user from an account',
				description: 'Take a user out of an account (the user itself stays)',
				routing: chatwootRouting('DELETE', ACCOUNT_USERS_URL, platformAccountUserDeleteRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get the users of an account',
				description: 'List the users of an account with their roles',
				routing: chatwootListRouting(ACCOUNT_USERS_URL, platformAccountUserGetAllRequest, { records: [''] }),
			},
		],
		default: 'getAll',
	},
	...accountUserIdFields,
	...platformAccountUserCreateDescription,
	...platformAccountUserGetAllDescription,
];
