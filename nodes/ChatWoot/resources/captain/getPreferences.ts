import { defineOperation } from '../../shared/declare/operation';
import { captainPath } from './fields';

export const getPreferences = defineOperation({
	value: 'getPreferences',
	name: 'Get Preferences',
	action: "Get the account's Captain preferences",
	description: 'The AI providers and models Captain offers, and per feature whether it is on and which model it uses',
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/captain/preferences',
	request: { path: captainPath },
});
