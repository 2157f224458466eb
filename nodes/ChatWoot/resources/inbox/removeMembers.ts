import { defineOperation } from '../../shared/declare/operation';
import { agentIdsField, userIds } from '../agent/fields';
import { inboxesPath, inboxIdAsText, inboxLocator, MEMBERS_URL } from './fields';

export const removeMembers = defineOperation({
	value: 'removeMembers',
	name: 'Remove Members',
	action: 'Remove agents from an inbox',
	method: 'DELETE',
	url: MEMBERS_URL,
	request: {
		path: inboxesPath,
		body: { inbox_id: inboxIdAsText, user_ids: userIds('inbox', 'removeMembers') },
	},
	fields: [inboxLocator, agentIdsField('inbox', 'removeMembers', 'Agents to take out of the inbox.')],
});
