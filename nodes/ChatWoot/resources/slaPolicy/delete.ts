import { defineOperation } from '../../shared/declare/operation';
import { SLA_POLICY_URL, slaPolicyLocator, slaPolicyPath } from './fields';

export const deleteSlaPolicy = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an SLA policy',
	description: 'Delete an SLA policy; Chatwoot removes it in the background',
	method: 'DELETE',
	enterprise: true,
	url: SLA_POLICY_URL,
	request: { path: slaPolicyPath },
	fields: [slaPolicyLocator],
});
