import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { agentIdsField, userIds } from '../agent/fields';
import { inboxesPath, inboxIdAsText, inboxLocator, MEMBERS_URL } from './fields';

export const updateMembers = defineOperation({
	value: 'updateMembers',
	name: 'Update Members',
	action: 'Replace the agents of an inbox',
	description: 'Make the listed agents the members of the inbox; others leave it',
	method: 'PATCH',
	url: MEMBERS_URL,
	request: {
		path: inboxesPath,
		body: { inbox_id: inboxIdAsText, user_ids: userIds('inbox', 'updateMembers') },
	},
	fields: [inboxLocator, agentIdsField('inbox', 'updateMembers', 'The new members: agents not listed leave the inbox.')],
	output: [unwrap('payload')],
});
