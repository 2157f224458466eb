import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { agentIdsField, userIds } from '../agent/fields';
import { MEMBERS_URL, teamLocator, teamPath } from './fields';

export const addMembers = defineOperation({
	value: 'addMembers',
	name: 'Add Members',
	action: 'Add agents to a team',
	description: 'Add agents to a team; current members stay',
	method: 'POST',
	url: MEMBERS_URL,
	request: { path: teamPath, body: { user_ids: userIds('team', 'addMembers') } },
	fields: [teamLocator, agentIdsField('team', 'addMembers', 'Agents to add; current members stay.')],
	// one item per member added
	output: [unwrap('')],
});
