import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT, locator, required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { inboxLocator } from './fields';

export const getBySourceId = defineOperation({
	value: 'getBySourceId',
	name: 'Get by Source ID',
	action: 'Get a contact by its source ID in an inbox',
	description: "Find the contact behind a channel's own ID (e.g. an API channel user ID); 404 when none",
	method: 'POST',
	url: '/api/v1/accounts/{account_id}/contact_inboxes/filter',
	request: {
		path: { account_id: ACCOUNT },
		body: {
			inbox_id: locator('contactSourceInbox', 'Inbox'),
			source_id: required('contactSourceId', 'Source ID', requiredText),
		},
	},
	fields: [
		inboxLocator('contactSourceInbox', 'The inbox the source ID belongs to'),
		{
			displayName: 'Source ID',
			name: 'contactSourceId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. user-8812',
			description: "The contact's ID in the inbox's channel, as its contact inbox has it",
		},
	],
});
