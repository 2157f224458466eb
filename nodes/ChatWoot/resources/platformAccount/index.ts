import type { INodeProperties } from 'n8n-workflow';
import { chatwootRouting } from '../../shared/routing';
import { platformAccountCreateDescription, platformAccountCreateRequest } from './create';
import { platformAccountDeleteRequest } from './delete';
import { accountIdField } from './fields';
import { platformAccountGetRequest } from './get';
import { platformAccountUpdateDescription, platformAccountUpdateRequest } from './update';

const showOnlyForPlatformAccounts = {
	resource: ['platformAccount'],
};

const ACCOUNT_URL = '/platform/api/v1/accounts/{account_id}';

export const platformAccountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForPlatformAccounts },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an account',
				description: 'Create an account on the installation',
				routing: chatwootRouting('POST', '/platform/api/v1/accounts', platformAccountCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an account',
				description: 'Delete an account and everything in it',
				routing: chatwootRouting('DELETE', ACCOUNT_URL, platformAccountDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an account',
				description: 'Get the details of an account',
				routing: chatwootRouting('GET', ACCOUNT_URL, platformAccountGetRequest),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an account',
				description: 'Change the name, locale, domain, status, limits or attributes of an account',
				routing: chatwootRouting('PATCH', ACCOUNT_URL, platformAccountUpdateRequest),
			},
		],
		default: 'get',
	},
	accountIdField,
	...platformAccountCreateDescription,
	...platformAccountUpdateDescription,
];
