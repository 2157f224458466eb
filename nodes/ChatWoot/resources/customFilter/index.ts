import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { customFilterCreateDescription, customFilterCreateRequest } from './create';
import { customFilterDeleteRequest } from './delete';
import { customFilterLocator } from './fields';
import { customFilterGetRequest } from './get';
import { customFilterGetAllDescription, customFilterGetAllRequest } from './getAll';
import { customFilterUpdateDescription, customFilterUpdateRequest } from './update';

const FILTERS_URL = '/api/v1/accounts/{account_id}/custom_filters';
const FILTER_URL = '/api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}';

// Custom filters belong to the user of the token: other users' filters are not found.
export const customFilterDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customFilter'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a custom filter',
				description: 'Save a filter of conversations, contacts or reports for the token user',
				routing: chatwootRouting('POST', FILTERS_URL, customFilterCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a custom filter',
				routing: chatwootRouting('DELETE', FILTER_URL, customFilterDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a custom filter',
				routing: chatwootRouting('GET', FILTER_URL, customFilterGetRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many custom filters',
				description: 'The token user\'s saved filters of one type',
				routing: chatwootListRouting(FILTERS_URL, customFilterGetAllRequest, { records: [''] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a custom filter',
				routing: chatwootRouting('PATCH', FILTER_URL, customFilterUpdateRequest),
			},
		],
		default: 'getAll',
	},
	...customFilterCreateDescription,
	customFilterLocator,
	...customFilterGetAllDescription,
	...customFilterUpdateDescription,
];
