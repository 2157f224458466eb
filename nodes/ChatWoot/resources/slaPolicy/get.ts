import { defineOperation } from '../../shared/declare/operation';
import { SLA_POLICY_URL, slaPolicyLocator, slaPolicyPath, unwrapPolicy } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an SLA policy',
	method: 'GET',
	enterprise: true,
	url: SLA_POLICY_URL,
	request: { path: slaPolicyPath },
	fields: [slaPolicyLocator],
	output: [unwrapPolicy],
});
