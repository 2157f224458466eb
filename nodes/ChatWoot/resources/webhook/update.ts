import { defineOperation } from '../../shared/declare/operation';
import { optional, optionalLocator } from '../../shared/request/fieldSources';
import { stringList, text, url } from '../../../shared/fields/validators';
import { inboxOption, subscriptionsField, urlField, WEBHOOK_URL, webhookLocator, webhookPath, webhookRecord } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a webhook',
	method: 'PATCH',
	url: WEBHOOK_URL,
	request: {
		path: webhookPath,
		body: {
			url: optional('webhookUpdateFields.url', 'URL', url),
			subscriptions: optional('webhookUpdateFields.subscriptions', 'Events', stringList),
			name: optional('webhookUpdateFields.name', 'Name', text),
			inbox_id: optionalLocator('webhookUpdateFields.inbox_id', 'Inbox'),
		},
	},
	fields: [
		webhookLocator,
		{
			displayName: 'Update Fields',
			name: 'webhookUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; the events replace the current ones',
			options: [
				{ ...subscriptionsField, description: 'Events sent to the URL; they replace the current ones' },
				inboxOption,
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				urlField,
			],
		},
	],
	output: [webhookRecord],
});
