import { defineOperation } from '../../shared/declare/operation';
import { agentIdsField, userIds } from '../agent/fields';
import { MEMBERS_URL, teamLocator, teamPath } from './fields';

export const removeMembers = defineOperation({
	value: 'removeMembers',
	name: 'Remove Members',
	action: 'Remove agents from a team',
	method: 'DELETE',
	url: MEMBERS_URL,
	request: { path: teamPath, body: { user_ids: userIds('team', 'removeMembers') } },
	fields: [teamLocator, agentIdsField('team', 'removeMembers', 'Agents to take out of the team.')],
});
