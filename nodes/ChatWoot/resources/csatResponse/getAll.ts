import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { RESPONSES_URL, needBothDates, responseFilterOptions, responseFilters, responsesPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many CSAT survey responses',
	description: 'Get the ratings and feedback customers gave in satisfaction surveys',
	method: 'GET',
	url: RESPONSES_URL,
	request: { path: responsesPath, query: responseFilters('csatResponseFilters'), adjust: needBothDates },
	fields: [
		RETURN_ALL_AND_LIMIT,
		{
			displayName: 'Filters',
			name: 'csatResponseFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: responseFilterOptions(true),
		},
	],
	// a bare array, 25 a page
	list: { records: [''], pagination: byPage(25) },
	// Rails reads arrays from `user_ids[]=1&user_ids[]=2`
	arrayFormat: 'brackets',
});
