import { defineOperation } from '../../shared/declare/operation';
import { accountPath, INTEGRATIONS_URL, linearTeam, linearTeamField } from './fields';

export const getLinearTeamEntities = defineOperation({
	value: 'getLinearTeamEntities',
	name: 'Get Linear Team Entities',
	action: 'Get the users, projects, states and labels of a Linear team',
	description: 'What Create Linear Issue can refer to, one item with four lists',
	method: 'GET',
	url: `${INTEGRATIONS_URL}/linear/team_entities`,
	request: { path: accountPath, query: { team_id: linearTeam } },
	fields: [linearTeamField],
});
