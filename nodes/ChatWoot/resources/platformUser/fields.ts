import type { INodeProperties } from 'n8n-workflow';
import { required } from '../../shared/request';
import { positiveInteger } from '../../shared/validators';

export const userIdPath = { id: required('userId', 'User ID', positiveInteger) };

export function userIdField(operation: string): INodeProperties {
	return {
		displayName: 'User ID',
		name: 'userId',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'ID of the user on the Chatwoot installation (platform user ID)',
		displayOptions: { show: { resource: ['platformUser'], operation: [operation] } },
	};
}
