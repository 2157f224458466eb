import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOT_URL, agentBotLocator, agentBotPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an agent bot',
	method: 'GET',
	url: AGENT_BOT_URL,
	request: { path: agentBotPath },
	fields: [agentBotLocator],
});
