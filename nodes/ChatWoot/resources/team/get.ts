import { defineOperation } from '../../shared/declare/operation';
import { TEAM_URL, teamLocator, teamPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a team',
	method: 'GET',
	url: TEAM_URL,
	request: { path: teamPath },
	fields: [teamLocator],
});
