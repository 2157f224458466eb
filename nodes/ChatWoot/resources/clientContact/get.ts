import { defineOperation } from '../../shared/declare/operation';
import { CONTACT_URL, clientContactPath, contactIdentifierField, inboxIdentifierField } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a contact through the client API',
	method: 'GET',
	url: CONTACT_URL,
	request: { path: clientContactPath },
	fields: [inboxIdentifierField, contactIdentifierField],
});
