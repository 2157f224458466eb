import { defineOperation } from '../../shared/declare/operation';
import { contactLocator, contactPath } from './fields';

export const getContactableInboxes = defineOperation({
	value: 'getContactableInboxes',
	name: 'Get Contactable Inboxes',
	action: 'Get the inboxes a contact can be reached in',
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes',
	request: { path: contactPath },
	fields: [contactLocator],
	list: { records: ['payload', ''] },
});
