import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { customAttributeCreateDescription, customAttributeCreateRequest } from './create';
import { customAttributeDeleteRequest } from './delete';
import { customAttributeLocator } from './fields';
import { customAttributeGetRequest } from './get';
import { customAttributeGetAllDescription, customAttributeGetAllRequest } from './getAll';
import { customAttributeUpdateDescription, customAttributeUpdateRequest } from './update';

const ATTRIBUTES_URL = '/api/v1/accounts/{account_id}/custom_attribute_definitions';
const ATTRIBUTE_URL = '/api/v1/accounts/{account_id}/custom_attribute_definitions/{id}';

export const customAttributeDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customAttribute'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a custom attribute',
				description: 'Define a custom attribute of contacts or conversations',
				routing: chatwootRouting('POST', ATTRIBUTES_URL, customAttributeCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a custom attribute',
				routing: chatwootRouting('DELETE', ATTRIBUTE_URL, customAttributeDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a custom attribute',
				routing: chatwootRouting('GET', ATTRIBUTE_URL, customAttributeGetRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many custom attributes',
				routing: chatwootListRouting(ATTRIBUTES_URL, customAttributeGetAllRequest, { records: [''] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a custom attribute',
				routing: chatwootRouting('PATCH', ATTRIBUTE_URL, customAttributeUpdateRequest),
			},
		],
		default: 'getAll',
	},
	...customAttributeCreateDescription,
	customAttributeLocator,
	...customAttributeGetAllDescription,
	...customAttributeUpdateDescription,
];
