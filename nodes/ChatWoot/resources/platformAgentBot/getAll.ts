import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOTS_URL } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many platform agent bots',
	description: 'List the agent bots of the installation',
	method: 'GET',
	url: AGENT_BOTS_URL,
	request: {},
	// Chatwoot answers with every agent bot at once (no pagination).
	list: { records: [''] },
});
