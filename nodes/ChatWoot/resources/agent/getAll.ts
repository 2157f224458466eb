import { defineOperation } from '../../shared/declare/operation';
import { AGENTS_URL, agentsPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many agents',
	method: 'GET',
	url: AGENTS_URL,
	request: { path: agentsPath },
	// Chatwoot answers with every agent of the account at once (no pagination).
	list: { records: ['payload', ''] },
});
