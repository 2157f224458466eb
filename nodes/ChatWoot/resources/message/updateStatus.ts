import { defineOperation } from '../../shared/declare/operation';
import { optional, required } from '../../shared/request/fieldSources';
import { oneOf, text } from '../../../shared/fields/validators';
import { MESSAGE_URL, messageConversationLocator, messageLocator, messagePath } from './fields';

export const updateStatus = defineOperation({
	value: 'updateStatus',
	name: 'Update Status',
	action: 'Update the delivery status of a message',
	description: 'Report that a message of an API inbox was sent, delivered, read or failed on your channel',
	method: 'PATCH',
	url: MESSAGE_URL,
	request: {
		path: messagePath,
		body: {
			status: required('messageStatus', 'Status', oneOf(['sent', 'delivered', 'read', 'failed'])),
			external_error: optional('messageStatusAdditionalFields.external_error', 'External Error', text),
		},
	},
	fields: [
		messageConversationLocator,
		messageLocator,
		{
			displayName: 'Status',
			name: 'messageStatus',
			type: 'options',
			required: true,
			options: [
				{ name: 'Delivered', value: 'delivered' },
				{ name: 'Failed', value: 'failed' },
				{ name: 'Read', value: 'read' },
				{ name: 'Sent', value: 'sent' },
			],
			default: 'delivered',
			description: 'Only messages of API inboxes take a status update; Chatwoot answers 403 for other inboxes',
		},
		{
			displayName: 'Additional Fields',
			name: 'messageStatusAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'External Error',
					name: 'external_error',
					type: 'string',
					default: '',
					description: 'Why the channel could not deliver the message (with Status Failed); agents see it on the message',
				},
			],
		},
	],
});
