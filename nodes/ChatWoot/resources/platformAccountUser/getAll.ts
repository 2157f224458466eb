import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT_USERS_URL, accountIdField, accountIdPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get the users of an account',
	description: 'List the users of an account with their roles',
	method: 'GET',
	url: ACCOUNT_USERS_URL,
	request: { path: accountIdPath },
	fields: [accountIdField],
	// Chatwoot answers with every account user at once (no pagination).
	list: { records: [''] },
});
