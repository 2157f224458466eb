import type { INodeProperties } from 'n8n-workflow';
import { chatwootRouting } from '../../shared/routing';
import { clientContactCreateDescription, clientContactCreateRequest } from './create';
import { clientContactIdentifierFields } from './fields';
import { clientContactGetRequest } from './get';
import { clientContactUpdateDescription, clientContactUpdateRequest } from './update';

const CONTACTS_URL = '/public/api/v1/inboxes/{inbox_identifier}/contacts';
const CONTACT_URL = '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}';

export const clientContactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['clientContact'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a contact through the client API',
				description: 'Create a contact in an API inbox; the answer has its source_id',
				routing: chatwootRouting('POST', CONTACTS_URL, clientContactCreateRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact through the client API',
				routing: chatwootRouting('GET', CONTACT_URL, clientContactGetRequest),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact through the client API',
				routing: chatwootRouting('PATCH', CONTACT_URL, clientContactUpdateRequest),
			},
		],
		default: 'create',
	},
	...clientContactIdentifierFields,
	...clientContactCreateDescription,
	...clientContactUpdateDescription,
];
