import { defineOperation } from '../../shared/declare/operation';
import { locator } from '../../shared/request/fieldSources';
import { CONTACTS_URL, contactDetailOptions, contactDetails, contactsPath, createOutput, inboxLocator } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	method: 'POST',
	url: CONTACTS_URL,
	request: {
		path: contactsPath,
		body: {
			inbox_id: locator('contactInbox', 'Inbox'),
			...contactDetails('contactAdditionalFields'),
		},
	},
	fields: [
		inboxLocator('contactInbox', 'Inbox the contact is reachable through (Chatwoot creates the contact inbox)'),
		{
			displayName: 'Additional Fields',
			name: 'contactAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: contactDetailOptions(false),
		},
	],
	output: [createOutput],
});
