import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOT_URL, agentBotLocator, agentBotPath } from './fields';

export const resetSecret = defineOperation({
	value: 'resetSecret',
	name: 'Reset Secret',
	action: 'Reset the secret of an agent bot',
	description: 'Give an agent bot a new secret for signing its webhooks; the bot comes back with it',
	method: 'POST',
	url: `${AGENT_BOT_URL}/reset_secret`,
	request: { path: agentBotPath },
	fields: [agentBotLocator],
});
