import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const getAssignableAgents = defineOperation({
	value: 'getAssignableAgents',
	name: 'Get Assignable Agents',
	action: 'Get the agents a conversation of an inbox can be assigned to',
	description: 'The members of the inbox and the administrators of the account',
	method: 'GET',
	url: `${INBOX_URL}/assignable_agents`,
	request: { path: inboxPath },
	fields: [inboxLocator, RETURN_ALL_AND_LIMIT],
	// every agent at once, no pages
	list: { records: ['payload'] },
});
