import type { INodeProperties } from 'n8n-workflow';
import { chatwootRouting } from '../../shared/routing';
import { clientInboxGetDescription, clientInboxGetRequest } from './get';

export const clientInboxDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['clientInbox'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get the public details of an inbox',
				description: 'Name, time zone, working hours and the features the inbox has switched on',
				routing: chatwootRouting('GET', '/public/api/v1/inboxes/{inbox_identifier}', clientInboxGetRequest),
			},
		],
		default: 'get',
	},
	...clientInboxGetDescription,
];
