import { defineOperation } from '../../shared/declare/operation';
import { SLA_POLICIES_URL, slaPoliciesPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many SLA policies',
	method: 'GET',
	enterprise: true,
	url: SLA_POLICIES_URL,
	request: { path: slaPoliciesPath },
	// every policy in one answer (no pagination): Limit cuts it
	list: { records: ['payload'] },
});
