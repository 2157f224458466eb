import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT_URL, accountIdField, accountIdPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an account',
	description: 'Get the details of an account',
	method: 'GET',
	url: ACCOUNT_URL,
	request: { path: accountIdPath },
	fields: [accountIdField],
});
