import type { INodeProperties } from 'n8n-workflow';
import { required } from '../../shared/request';
import { positiveInteger } from '../../shared/validators';

export const accountIdPath = { account_id: required('accountId', 'Account ID', positiveInteger) };
export const userIdBody = { user_id: required('userId', 'User ID', positiveInteger) };

export function accountIdField(operation: string): INodeProperties {
	return {
		displayName: 'Account ID',
		name: 'accountId',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		displayOptions: { show: { resource: ['platformAccountUser'], operation: [operation] } },
	};
}

export function userIdField(operation: string): INodeProperties {
	return {
		displayName: 'User ID',
		name: 'userId',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'ID of the platform user',
		displayOptions: { show: { resource: ['platformAccountUser'], operation: [operation] } },
	};
}
