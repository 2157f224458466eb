import type { INodeProperties } from 'n8n-workflow';
import { numericIdField } from '../../shared/locators';
import { required } from '../../shared/request';
import { positiveInteger } from '../../shared/validators';

export const accountIdPath = {
	account_id: required('platformAccountUserAccountId', 'Account ID', positiveInteger),
};
export const userIdBody = { user_id: required('platformAccountUserUserId', 'User ID', positiveInteger) };

/** The account and the user, each one field for every operation that needs it. */
export const accountUserIdFields: INodeProperties[] = [
	numericIdField({ displayName: 'Account ID', name: 'platformAccountUserAccountId' }, 'platformAccountUser', [
		'create',
		'delete',
		'getAll',
	]),
	numericIdField(
		{ displayName: 'User ID', name: 'platformAccountUserUserId', description: 'ID of the platform user' },
		'platformAccountUser',
		['create', 'delete'],
	),
];
