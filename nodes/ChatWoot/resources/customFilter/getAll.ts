import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { customFiltersPath, FILTERS_URL, filterType, filterTypeField } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many custom filters',
	description: "The token user's saved filters of one type",
	method: 'GET',
	url: FILTERS_URL,
	// Chatwoot lists the token user's filters of one type, all at once (no pagination).
	request: {
		path: customFiltersPath,
		query: { filter_type: required('customFilterListType', 'Type', filterType) },
	},
	fields: [{ ...filterTypeField, name: 'customFilterListType' }],
	list: { records: [''] },
});
