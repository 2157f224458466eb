import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { APPLIED_SLAS_URL, appliedSlaFilters, appliedSlaRequest } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many missed SLAs',
	description: 'Get the SLAs conversations missed, each with its conversation and the missed events',
	method: 'GET',
	enterprise: true,
	url: APPLIED_SLAS_URL,
	// `page` is added by the pagination: 25 a page (RESULTS_PER_PAGE)
	request: appliedSlaRequest,
	fields: [RETURN_ALL_AND_LIMIT, appliedSlaFilters],
	list: { records: ['payload'], pagination: byPage(25) },
});
