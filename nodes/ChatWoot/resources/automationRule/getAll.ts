import { defineOperation } from '../../shared/declare/operation';
import { automationRulesPath, RULES_URL } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many automation rules',
	method: 'GET',
	url: RULES_URL,
	// The spec mentions `page`, but Chatwoot answers with every rule at once.
	request: { path: automationRulesPath },
	list: { records: ['payload', ''] },
});
