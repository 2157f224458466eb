import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { COMPANIES_URL, companiesPath, companySort, companySortField } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many companies',
	method: 'GET',
	enterprise: true,
	url: COMPANIES_URL,
	// `page` is added by the pagination: 25 a page (RESULTS_PER_PAGE)
	request: { path: companiesPath, query: companySort },
	fields: [RETURN_ALL_AND_LIMIT, companySortField],
	list: { records: ['payload'], pagination: byPage(25) },
});
