import { defineOperation } from '../../shared/declare/operation';
import { MACROS_URL, macrosPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many macros',
	description: "The account's global macros and the token user's personal ones",
	method: 'GET',
	url: MACROS_URL,
	request: { path: macrosPath },
	// Chatwoot answers with every macro at once (no pagination): Limit cuts the answer.
	list: { records: ['payload'] },
});
