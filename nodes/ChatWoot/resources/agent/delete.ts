import { defineOperation } from '../../shared/declare/operation';
import { AGENT_URL, agentLocator, agentPath } from './fields';

export const deleteAgent = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Remove an agent from the account',
	method: 'DELETE',
	url: AGENT_URL,
	request: { path: agentPath },
	fields: [agentLocator],
});
