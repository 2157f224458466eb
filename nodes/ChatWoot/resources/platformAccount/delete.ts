import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT_URL, accountIdField, accountIdPath } from './fields';

export const deletePlatformAccount = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an account',
	description: 'Delete an account and everything in it',
	method: 'DELETE',
	url: ACCOUNT_URL,
	request: { path: accountIdPath },
	fields: [accountIdField],
});
