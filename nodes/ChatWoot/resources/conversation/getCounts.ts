import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { CONVERSATIONS_URL, conversationsPath, listFilterOptions, listFilters } from './fields';

export const getCounts = defineOperation({
	value: 'getCounts',
	name: 'Get Counts',
	action: 'Get conversation counts',
	description: 'Count the conversations that are mine, unassigned, assigned and in all',
	method: 'GET',
	url: `${CONVERSATIONS_URL}/meta`,
	request: { path: conversationsPath, query: listFilters('conversationCountFilters', false) },
	fields: [
		{
			displayName: 'Filters',
			name: 'conversationCountFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: listFilterOptions(false),
		},
	],
	output: [unwrap('meta')],
	// Rails reads arrays from `labels[]=a&labels[]=b`.
	arrayFormat: 'brackets',
});
