import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOT_URL, agentBotLocator, agentBotPath } from './fields';

export const deleteAgentBot = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an agent bot',
	description: 'Delete an agent bot of the account',
	method: 'DELETE',
	url: AGENT_BOT_URL,
	request: { path: agentBotPath },
	fields: [agentBotLocator],
});
