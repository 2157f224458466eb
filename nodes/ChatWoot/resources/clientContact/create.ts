import { defineOperation } from '../../shared/declare/operation';
import { CONTACTS_URL, contactAttributeOptions, contactAttributes, inboxIdentifierField, inboxPath } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a contact through the client API',
	description: 'Create a contact in an API inbox; the answer has its source_id',
	method: 'POST',
	url: CONTACTS_URL,
	// Everything is optional: Chatwoot creates an anonymous contact and answers its source_id,
	// the Contact Identifier of every later client API call.
	request: {
		path: inboxPath,
		body: contactAttributes('clientContactAdditionalFields'),
	},
	fields: [
		inboxIdentifierField,
		{
			displayName: 'Additional Fields',
			name: 'clientContactAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: contactAttributeOptions,
		},
	],
});
