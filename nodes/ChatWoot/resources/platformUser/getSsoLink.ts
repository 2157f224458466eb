import { defineOperation } from '../../shared/declare/operation';
import { USER_URL, userIdField, userIdPath } from './fields';

// A one-time link that signs the user in to the dashboard.
export const getSsoLink = defineOperation({
	value: 'getSsoLink',
	name: 'Get SSO Link',
	action: 'Get a login link for a user',
	description: 'Get a one-time link that signs the user in to the dashboard',
	method: 'GET',
	url: `${USER_URL}/login`,
	request: { path: userIdPath },
	fields: [userIdField],
});
