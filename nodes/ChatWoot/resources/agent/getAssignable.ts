import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { integerList } from '../../../shared/fields/validators';
import { agentsPath } from './fields';

export const getAssignable = defineOperation({
	value: 'getAssignable',
	name: 'Get Assignable',
	action: 'Get the agents who can be assigned in the given inboxes',
	description: 'Agents who are members of all the given inboxes, and the administrators',
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/assignable_agents',
	request: { path: agentsPath, query: { inbox_ids: required('agentInboxIds', 'Inbox IDs', integerList) } },
	fields: [
		{
			displayName: 'Inbox IDs',
			name: 'agentInboxIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1, 4',
			description: 'Comma-separated inbox IDs, or an array from an expression; an agent must be a member of each',
		},
	],
	// every agent at once, no pages
	list: { records: ['payload'] },
	// inbox_ids[]=1&inbox_ids[]=4: how Rails reads an array from a query string
	arrayFormat: 'brackets',
});
