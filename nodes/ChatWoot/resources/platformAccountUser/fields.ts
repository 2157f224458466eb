import { numericIdField } from '../../../shared/fields/locators';
import { required } from '../../shared/request/fieldSources';
import { positiveInteger } from '../../../shared/fields/validators';

export const ACCOUNT_USERS_URL = '/platform/api/v1/accounts/{account_id}/account_users';

export const accountIdPath = {
	account_id: required('platformAccountUserAccountId', 'Account ID', positiveInteger),
};
export const userIdBody = { user_id: required('platformAccountUserUserId', 'User ID', positiveInteger) };

/** The account and the user, each one field for every operation that needs it. */
export const accountIdField = numericIdField({ displayName: 'Account ID', name: 'platformAccountUserAccountId' });
export const userIdField = numericIdField({
	displayName: 'User ID',
	name: 'platformAccountUserUserId',
	description: 'ID of the platform user',
});
