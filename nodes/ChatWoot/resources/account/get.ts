import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT_URL, accountPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get the account',
	description: 'Get the name, locale, features and settings of the account',
	method: 'GET',
	url: ACCOUNT_URL,
	request: { path: accountPath },
});
