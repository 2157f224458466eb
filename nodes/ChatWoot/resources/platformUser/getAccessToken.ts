import { defineOperation } from '../../shared/declare/operation';
import { USER_URL, userIdField, userIdPath } from './fields';

export const getAccessToken = defineOperation({
	value: 'getAccessToken',
	name: 'Get Access Token',
	action: 'Get the access token of a user',
	description: "Get the user's API access token, to act as the user in the application API (the token is not changed)",
	method: 'POST',
	url: `${USER_URL}/token`,
	request: { path: userIdPath },
	fields: [userIdField],
});
