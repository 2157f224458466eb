import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { CONTACTS_URL, PAGE_SIZE, contactsPath } from './fields';

export const getOnline = defineOperation({
	value: 'getOnline',
	name: 'Get Online',
	action: 'Get the contacts online now',
	description: 'Get the contacts that have the chat widget or another live channel open right now',
	method: 'GET',
	url: `${CONTACTS_URL}/active`,
	request: { path: contactsPath },
	fields: [RETURN_ALL_AND_LIMIT],
	list: { records: ['payload'], pagination: byPage(PAGE_SIZE) },
});
