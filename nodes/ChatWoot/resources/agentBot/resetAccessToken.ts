import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOT_URL, agentBotLocator, agentBotPath } from './fields';

export const resetAccessToken = defineOperation({
	value: 'resetAccessToken',
	name: 'Reset Access Token',
	action: 'Reset the access token of an agent bot',
	description: 'Give an agent bot a new access token (the old one stops working); the bot comes back with it',
	method: 'POST',
	url: `${AGENT_BOT_URL}/reset_access_token`,
	request: { path: agentBotPath },
	fields: [agentBotLocator],
});
