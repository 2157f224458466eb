import { defineOperation } from '../../shared/declare/operation';
import { TEAM_URL, teamLocator, teamPath } from './fields';

export const deleteTeam = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a team',
	method: 'DELETE',
	url: TEAM_URL,
	request: { path: teamPath },
	fields: [teamLocator],
});
