import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { cannedResponseCreateDescription, cannedResponseCreateRequest } from './create';
import { cannedResponseDeleteRequest } from './delete';
import { cannedResponseLocator } from './fields';
import { cannedResponseGetAllDescription, cannedResponseGetAllRequest } from './getAll';
import { cannedResponseUpdateDescription, cannedResponseUpdateRequest } from './update';

const CANNED_RESPONSES_URL = '/api/v1/accounts/{account_id}/canned_responses';
const CANNED_RESPONSE_URL = '/api/v1/accounts/{account_id}/canned_responses/{id}';

export const cannedResponseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['cannedResponse'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a canned response',
				routing: chatwootRouting('POST', CANNED_RESPONSES_URL, cannedResponseCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a canned response',
				routing: chatwootRouting('DELETE', CANNED_RESPONSE_URL, cannedResponseDeleteRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many canned responses',
				routing: chatwootListRouting(CANNED_RESPONSES_URL, cannedResponseGetAllRequest, {
					records: [''],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a canned response',
				routing: chatwootRouting('PATCH', CANNED_RESPONSE_URL, cannedResponseUpdateRequest),
			},
		],
		default: 'getAll',
	},
	...cannedResponseCreateDescription,
	cannedResponseLocator,
	...cannedResponseGetAllDescription,
	...cannedResponseUpdateDescription,
];
