import { defineOperation } from '../../shared/declare/operation';
import { locator, optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { contactLocator, contactPath, inboxLocator } from './fields';

export const createContactInbox = defineOperation({
	value: 'createContactInbox',
	name: 'Create Contact Inbox',
	action: 'Make a contact reachable in an inbox',
	description: 'Create the contact inbox (source ID) that conversations in an inbox need',
	method: 'POST',
	url: '/api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes',
	request: {
		path: contactPath,
		body: {
			inbox_id: locator('contactNewInbox', 'Inbox'),
			source_id: optional('contactInboxAdditionalFields.source_id', 'Source ID', text),
		},
	},
	fields: [
		contactLocator,
		inboxLocator('contactNewInbox', 'Inbox to make the contact reachable in'),
		{
			displayName: 'Additional Fields',
			name: 'contactInboxAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Source ID',
					name: 'source_id',
					type: 'string',
					default: '',
					description:
						"The contact's ID in the channel (e.g. a phone number or an API channel identifier); Chatwoot makes one up if empty",
				},
			],
		},
	],
});
