import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional, optionalLocator } from '../../shared/request';
import { stringList, text, url } from '../../shared/validators';
import { inboxOption, subscriptionsField, urlField, webhookPath } from './fields';

export const webhookUpdateRequest = buildRequest({
	path: webhookPath,
	body: {
		url: optional('webhookUpdateFields.url', 'URL', url),
		subscriptions: optional('webhookUpdateFields.subscriptions', 'Events', stringList),
		name: optional('webhookUpdateFields.name', 'Name', text),
		inbox_id: optionalLocator('webhookUpdateFields.inbox_id', 'Inbox'),
	},
});

export const webhookUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'webhookUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['webhook'], operation: ['update'] } },
		description: 'Only the fields added here are sent; the events replace the current ones',
		options: [
			{ ...subscriptionsField, description: 'Events sent to the URL; they replace the current ones' },
			inboxOption,
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			urlField,
		],
	},
];
