import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { agentIdsField, userIds } from '../agent/fields';
import { MEMBERS_URL, teamLocator, teamPath } from './fields';

export const updateMembers = defineOperation({
	value: 'updateMembers',
	name: 'Update Members',
	action: 'Replace the agents of a team',
	description: 'Make the listed agents the members of the team; others leave it',
	method: 'PATCH',
	url: MEMBERS_URL,
	request: { path: teamPath, body: { user_ids: userIds('team', 'updateMembers') } },
	fields: [teamLocator, agentIdsField('team', 'updateMembers', 'The new members: agents not listed leave the team.')],
	output: [unwrap('')],
});
