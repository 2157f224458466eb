import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOT_URL, agentBotIdField, agentBotIdPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a platform agent bot',
	method: 'GET',
	url: AGENT_BOT_URL,
	request: { path: agentBotIdPath },
	fields: [agentBotIdField],
});
