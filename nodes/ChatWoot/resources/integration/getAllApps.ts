import { defineOperation } from '../../shared/declare/operation';
import { accountPath } from './fields';

export const getAllApps = defineOperation({
	value: 'getAllApps',
	name: 'Get Many Apps',
	action: 'Get many integration apps',
	description: 'List the integration apps with their hooks in this account',
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/integrations/apps',
	request: { path: accountPath },
	// Every app at once, each with its hooks in this account.
	list: { records: ['payload', ''] },
});
