import { defineOperation } from '../../shared/declare/operation';
import { PROFILE_URL, withoutAccessToken } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get the profile of the token user',
	description: 'Get the user of the access token, with their accounts and roles',
	method: 'GET',
	url: PROFILE_URL,
	request: {},
	output: [withoutAccessToken],
});
