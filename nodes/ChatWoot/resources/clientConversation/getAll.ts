import { defineOperation } from '../../shared/declare/operation';
import { CONVERSATIONS_URL, contactIdentifierField, contactPath, inboxIdentifierField } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many conversations through the client API',
	description: 'Get the conversations of the contact in the inbox',
	method: 'GET',
	url: CONVERSATIONS_URL,
	request: { path: contactPath },
	fields: [inboxIdentifierField, contactIdentifierField],
	// Every conversation of the contact in the inbox at once (no pages).
	list: { records: [''] },
});
