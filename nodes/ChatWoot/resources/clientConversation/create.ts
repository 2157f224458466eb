import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { jsonObject } from '../../../shared/fields/validators';
import { CONVERSATIONS_URL, contactIdentifierField, contactPath, inboxIdentifierField } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a conversation through the client API',
	method: 'POST',
	url: CONVERSATIONS_URL,
	request: {
		path: contactPath,
		body: {
			custom_attributes: optional('clientConversationAdditionalFields.custom_attributes', 'Custom Attributes', jsonObject),
		},
	},
	fields: [
		inboxIdentifierField,
		contactIdentifierField,
		{
			displayName: 'Additional Fields',
			name: 'clientConversationAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Custom Attributes',
					name: 'custom_attributes',
					type: 'json',
					default: '',
					description: 'JSON object of custom attributes of the conversation, e.g. {"order_id": "A-1001"}',
				},
			],
		},
	],
});
