import { defineOperation } from '../../shared/declare/operation';
import { fieldLabels, nothingToUpdate } from '../../shared/request/buildRequest';
import {
	CONTACT_URL,
	clientContactPath,
	contactAttributeOptions,
	contactAttributes,
	contactIdentifierField,
	inboxIdentifierField,
} from './fields';

// The server drops the identifier before updating (public contacts_controller.rb:19) and
// uses it only to check the Identifier Hash: the field says so rather than promise a change.
const updateOptions = contactAttributeOptions.map((option) =>
	option.name === 'identifier'
		? {
				...option,
				description:
					"The contact's ID in your own system, sent only to check the Identifier Hash: Chatwoot never changes a contact's identifier here",
			}
		: option,
);

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a contact through the client API',
	method: 'PATCH',
	url: CONTACT_URL,
	request: {
		path: clientContactPath,
		body: contactAttributes('clientContactUpdateFields'),
		adjust(request) {
			if (Object.keys(request.body).length === 0) {
				throw nothingToUpdate(this, 'clientContactUpdateFields', fieldLabels(update.request, 'clientContactUpdateFields'));
			}
		},
	},
	fields: [
		inboxIdentifierField,
		contactIdentifierField,
		{
			displayName: 'Update Fields',
			name: 'clientContactUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: updateOptions,
		},
	],
});
