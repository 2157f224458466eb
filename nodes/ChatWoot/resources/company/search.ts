import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { COMPANIES_URL, companiesPath, companySort, companySortField } from './fields';

export const search = defineOperation({
	value: 'search',
	name: 'Search',
	action: 'Search companies',
	description: 'Find companies whose name or domain contains the text',
	method: 'GET',
	enterprise: true,
	url: `${COMPANIES_URL}/search`,
	request: { path: companiesPath, query: { q: required('companySearchText', 'Search Text', requiredText), ...companySort } },
	fields: [
		{
			displayName: 'Search Text',
			name: 'companySearchText',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. acme',
			description: 'Part of the name or domain',
		},
		RETURN_ALL_AND_LIMIT,
		companySortField,
	],
	list: { records: ['payload'], pagination: byPage(25) },
});
