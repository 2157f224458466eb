import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { locator } from '../../shared/request/fieldSources';
import { agentIdsField, userIds } from '../agent/fields';
import { inboxesPath, inboxLocator, MEMBERS_URL } from './fields';

export const addMembers = defineOperation({
	value: 'addMembers',
	name: 'Add Members',
	action: 'Add agents to an inbox',
	description: 'Add agents to an inbox; current members stay',
	method: 'POST',
	url: MEMBERS_URL,
	request: {
		path: inboxesPath,
		body: { inbox_id: locator('inbox', 'Inbox'), user_ids: userIds('inbox', 'addMembers') },
	},
	fields: [inboxLocator, agentIdsField('inbox', 'addMembers', 'Agents to add; current members stay.')],
	output: [unwrap('payload')],
});
