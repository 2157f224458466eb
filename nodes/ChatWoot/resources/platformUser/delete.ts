import { defineOperation } from '../../shared/declare/operation';
import { USER_URL, userIdField, userIdPath } from './fields';

export const deletePlatformUser = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a user',
	description: 'Delete a user from the installation',
	method: 'DELETE',
	url: USER_URL,
	request: { path: userIdPath },
	fields: [userIdField],
});
