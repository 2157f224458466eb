import { defineOperation } from '../../shared/declare/operation';
import { TEAMS_URL, teamsPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many teams',
	method: 'GET',
	url: TEAMS_URL,
	request: { path: teamsPath },
	// Chatwoot answers with every team at once (no pagination): Limit cuts the answer.
	list: { records: ['payload', ''] },
});
