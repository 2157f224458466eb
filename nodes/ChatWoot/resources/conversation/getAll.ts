import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { CONVERSATIONS_URL, PAGE_SIZE, conversationsPath, listFilterOptions, listFilters } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many conversations',
	method: 'GET',
	url: CONVERSATIONS_URL,
	request: { path: conversationsPath, query: listFilters('conversationFilters', true) },
	fields: [
		RETURN_ALL_AND_LIMIT,
		{
			displayName: 'Filters',
			name: 'conversationFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: listFilterOptions(true),
		},
	],
	list: { records: ['data.payload', 'payload'], pagination: byPage(PAGE_SIZE) },
	// Rails reads arrays from `labels[]=a&labels[]=b`.
	arrayFormat: 'brackets',
});
