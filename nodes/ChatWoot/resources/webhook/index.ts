import type { INodeProperties } from 'n8n-workflow';
import { unwrap } from '../../shared/output';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { webhookCreateDescription, webhookCreateRequest } from './create';
import { webhookDeleteRequest } from './delete';
import { webhookLocator } from './fields';
import { webhookGetAllDescription, webhookGetAllRequest } from './getAll';
import { webhookUpdateDescription, webhookUpdateRequest } from './update';

const WEBHOOKS_URL = '/api/v1/accounts/{account_id}/webhooks';
const WEBHOOK_URL = '/api/v1/accounts/{account_id}/webhooks/{webhook_id}';

// The server wraps webhooks ({payload: {webhook}} / {payload: {webhooks}}); the spec does not.
const webhook = unwrap('payload.webhook', '');

export const webhookDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhook'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a webhook',
				description: 'Subscribe a URL to events of the account',
				routing: chatwootRouting('POST', WEBHOOKS_URL, webhookCreateRequest, webhook),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a webhook',
				routing: chatwootRouting('DELETE', WEBHOOK_URL, webhookDeleteRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many webhooks',
				routing: chatwootListRouting(WEBHOOKS_URL, webhookGetAllRequest, {
					records: ['payload.webhooks', 'payload', ''],
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a webhook',
				routing: chatwootRouting('PATCH', WEBHOOK_URL, webhookUpdateRequest, webhook),
			},
		],
		default: 'getAll',
	},
	...webhookCreateDescription,
	webhookLocator,
	...webhookGetAllDescription,
	...webhookUpdateDescription,
];
