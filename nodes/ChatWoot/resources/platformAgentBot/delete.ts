import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOT_URL, agentBotIdField, agentBotIdPath } from './fields';

export const deletePlatformAgentBot = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a platform agent bot',
	method: 'DELETE',
	url: AGENT_BOT_URL,
	request: { path: agentBotIdPath },
	fields: [agentBotIdField],
});
