import { defineOperation } from '../../shared/declare/operation';
import { RESPONSES_URL, needBothDates, responseFilterOptions, responseFilters, responsesPath } from './fields';

export const getMetrics = defineOperation({
	value: 'getMetrics',
	name: 'Get Metrics',
	action: 'Get CSAT metrics',
	description: 'Count the responses, per rating, and the surveys sent',
	method: 'GET',
	url: `${RESPONSES_URL}/metrics`,
	request: { path: responsesPath, query: responseFilters('csatMetricFilters'), adjust: needBothDates },
	fields: [
		{
			displayName: 'Filters',
			name: 'csatMetricFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			description: 'The period also limits the count of surveys sent',
			options: responseFilterOptions(true),
		},
	],
	arrayFormat: 'brackets',
});
