import { defineOperation } from '../../shared/declare/operation';
import { AGENT_BOT_URL, agentBotIdField, agentBotIdPath } from './fields';

export const deleteAvatar = defineOperation({
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: 'Delete the avatar of a platform agent bot',
	method: 'DELETE',
	url: `${AGENT_BOT_URL}/avatar`,
	request: { path: agentBotIdPath },
	fields: [agentBotIdField],
});
