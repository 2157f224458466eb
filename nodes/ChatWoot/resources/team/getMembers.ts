import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { MEMBERS_URL, teamLocator, teamPath } from './fields';

export const getMembers = defineOperation({
	value: 'getMembers',
	name: 'Get Members',
	action: 'Get the agents of a team',
	method: 'GET',
	url: MEMBERS_URL,
	request: { path: teamPath },
	fields: [teamLocator, RETURN_ALL_AND_LIMIT],
	list: { records: ['payload', ''] },
});
