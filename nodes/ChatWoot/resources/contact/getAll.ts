import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { CONTACTS_URL, PAGE_SIZE, contactOptionsField, contactsPath, sortQuery } from './fields';

// Chatwoot lists only "resolved" contacts here: those with an email, phone number or identifier.
export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'Get the contacts that have an email, a phone number or an identifier',
	method: 'GET',
	url: CONTACTS_URL,
	request: { path: contactsPath, query: { sort: sortQuery } },
	fields: [RETURN_ALL_AND_LIMIT, contactOptionsField],
	list: { records: ['payload'], pagination: byPage(PAGE_SIZE) },
});
