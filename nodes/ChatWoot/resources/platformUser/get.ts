import { defineOperation } from '../../shared/declare/operation';
import { USER_URL, userIdField, userIdPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get the details of a user',
	method: 'GET',
	url: USER_URL,
	request: { path: userIdPath },
	fields: [userIdField],
});
