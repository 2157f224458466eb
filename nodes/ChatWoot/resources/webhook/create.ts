import { defineOperation } from '../../shared/declare/operation';
import { optional, optionalLocator, required } from '../../shared/request/fieldSources';
import { stringList, text, url } from '../../../shared/fields/validators';
import { inboxOption, subscriptionsField, urlField, webhookRecord, WEBHOOKS_URL, webhooksPath } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a webhook',
	description: 'Subscribe a URL to events of the account',
	method: 'POST',
	url: WEBHOOKS_URL,
	request: {
		path: webhooksPath,
		body: {
			url: required('url', 'URL', url),
			// empty: not sent, and Chatwoot subscribes the webhook to its default events
			subscriptions: optional('subscriptions', 'Events', stringList),
			name: optional('webhookAdditionalFields.name', 'Name', text),
			inbox_id: optionalLocator('webhookAdditionalFields.inbox_id', 'Inbox'),
		},
	},
	fields: [
		{ ...urlField, required: true },
		subscriptionsField,
		{
			displayName: 'Additional Fields',
			name: 'webhookAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [inboxOption, { displayName: 'Name', name: 'name', type: 'string', default: '' }],
		},
	],
	output: [webhookRecord],
});
