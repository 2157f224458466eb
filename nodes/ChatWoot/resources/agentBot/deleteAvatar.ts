import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOT_URL, agentBotLocator, agentBotPath } from './fields';

export const deleteAvatar = defineOperation({
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: 'Delete the avatar of an agent bot',
	method: 'DELETE',
	url: `${AGENT_BOT_URL}/avatar`,
	request: { path: agentBotPath },
	fields: [agentBotLocator],
});
