import type { INodeProperties } from 'n8n-workflow';
import { numericIdField } from '../../shared/locators';
import { required } from '../../shared/request';
import { positiveInteger } from '../../shared/validators';

export const accountIdPath = { account_id: required('accountId', 'Account ID', positiveInteger) };
export const userIdBody = { user_id: required('userId', 'User ID', positiveInteger) };

export function accountIdField(operation: string): INodeProperties {
	return numericIdField({ displayName: 'Account ID', name: 'accountId' }, 'platformAccountUser', operation);
}

export function userIdField(operation: string): INodeProperties {
	return numericIdField({ displayName: 'User ID', name: 'userId', description: 'ID of the platform user' }, 'platformAccountUser', operation);
}
