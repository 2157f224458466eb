import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const getLinearTeams = defineOperation({
	value: 'getLinearTeams',
	name: 'Get Linear Teams',
	action: 'Get the teams of the connected Linear workspace',
	method: 'GET',
	url: `${INTEGRATIONS_URL}/linear/teams`,
	request: { path: accountPath },
	fields: [RETURN_ALL_AND_LIMIT],
	// every team at once, no pages
	list: { records: [''] },
});
