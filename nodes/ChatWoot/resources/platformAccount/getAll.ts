import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNTS_URL } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many platform accounts',
	description: 'List the accounts the platform app created or was given access to',
	method: 'GET',
	url: ACCOUNTS_URL,
	request: {},
	// Chatwoot answers with every account at once (no pagination).
	list: { records: [''] },
});
