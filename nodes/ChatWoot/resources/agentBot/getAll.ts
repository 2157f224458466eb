import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOTS_URL, agentBotsPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many agent bots',
	description: "The account's bots and the bots available to every account",
	method: 'GET',
	url: AGENT_BOTS_URL,
	request: { path: agentBotsPath },
	// Chatwoot answers with every bot at once (the account's and the installation-wide ones).
	list: { records: [''] },
});
