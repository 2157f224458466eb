import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { CONTACTS_URL, PAGE_SIZE, contactOptionsField, contactsPath, sortQuery } from './fields';

export const search = defineOperation({
	value: 'search',
	name: 'Search',
	action: 'Search contacts',
	description: 'Find contacts by name, email, phone number or identifier',
	method: 'GET',
	url: `${CONTACTS_URL}/search`,
	// The spec marks `q` optional, but Chatwoot answers 422 without it.
	request: {
		path: contactsPath,
		query: {
			q: required('query', 'Search Term', requiredText),
			sort: sortQuery,
		},
	},
	fields: [
		{
			displayName: 'Search Term',
			name: 'query',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. jane@example.com',
			description: 'Part of the name, email, phone number or identifier, or the contact ID',
		},
		RETURN_ALL_AND_LIMIT,
		contactOptionsField,
	],
	list: { records: ['payload'], pagination: byPage(PAGE_SIZE) },
});
