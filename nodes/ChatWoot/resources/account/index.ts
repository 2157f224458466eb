import type { INodeProperties } from 'n8n-workflow';
import { chatwootRouting } from '../../shared/routing';
import { accountGetRequest } from './get';
import { accountUpdateDescription, accountUpdateRequest } from './update';

const ACCOUNT_URL = '/api/v1/accounts/{account_id}';

export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the account',
				description: 'Get the name, locale, features and settings of the account',
				routing: chatwootRouting('GET', ACCOUNT_URL, accountGetRequest),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the account',
				description: 'Change the name, locale, domain or auto-resolve settings of the account',
				routing: chatwootRouting('PATCH', ACCOUNT_URL, accountUpdateRequest),
			},
		],
		default: 'get',
	},
	...accountUpdateDescription,
];
