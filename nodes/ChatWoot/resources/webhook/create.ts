import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, optional, optionalLocator, required } from '../../shared/request';
import { stringList, text, url } from '../../shared/validators';
import { inboxOption, subscriptionsField, urlField } from './fields';

const showOnlyForWebhookCreate = {
	resource: ['webhook'],
	operation: ['create'],
};

export const webhookCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		url: required('url', 'URL', url),
		// empty: not sent, and Chatwoot subscribes the webhook to its default events
		subscriptions: optional('subscriptions', 'Events', stringList),
		name: optional('webhookAdditionalFields.name', 'Name', text),
		inbox_id: optionalLocator('webhookAdditionalFields.inbox_id', 'Inbox'),
	},
});

export const webhookCreateDescription: INodeProperties[] = [
	{ ...urlField, required: true, displayOptions: { show: showOnlyForWebhookCreate } },
	{ ...subscriptionsField, displayOptions: { show: showOnlyForWebhookCreate } },
	{
		displayName: 'Additional Fields',
		name: 'webhookAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForWebhookCreate },
		options: [inboxOption, { displayName: 'Name', name: 'name', type: 'string', default: '' }],
	},
];
