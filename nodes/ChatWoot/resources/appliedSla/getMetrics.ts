import { defineOperation } from '../../shared/declare/operation';
import { APPLIED_SLAS_URL, appliedSlaFilters, appliedSlaRequest } from './fields';

export const getMetrics = defineOperation({
	value: 'getMetrics',
	name: 'Get Metrics',
	action: 'Get SLA metrics',
	description: 'Get how many SLAs were applied, how many were missed, and the hit rate',
	method: 'GET',
	enterprise: true,
	url: `${APPLIED_SLAS_URL}/metrics`,
	request: appliedSlaRequest,
	fields: [appliedSlaFilters],
});
