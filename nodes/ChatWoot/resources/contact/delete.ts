import { defineOperation } from '../../shared/declare/operation';
import { CONTACT_URL, contactLocator, contactPath } from './fields';

export const deleteContact = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	method: 'DELETE',
	url: CONTACT_URL,
	request: { path: contactPath },
	fields: [contactLocator],
});
