import { defineOperation } from '../../shared/declare/operation';
import { CANNED_RESPONSE_URL, cannedResponseLocator, cannedResponsePath } from './fields';

export const deleteCannedResponse = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a canned response',
	method: 'DELETE',
	url: CANNED_RESPONSE_URL,
	request: { path: cannedResponsePath },
	fields: [cannedResponseLocator],
});
