import { defineOperation } from '../../shared/declare/operation';
import { contactLocator, contactOutput, contactPath } from './fields';

export const deleteAvatar = defineOperation({
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: "Remove a contact's avatar",
	method: 'DELETE',
	url: '/api/v1/accounts/{account_id}/contacts/{id}/avatar',
	request: { path: contactPath },
	fields: [contactLocator],
	output: [contactOutput],
});
