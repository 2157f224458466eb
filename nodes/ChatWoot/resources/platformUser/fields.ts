import { numericIdField } from '../../../shared/fields/locators';
import { required } from '../../shared/request/fieldSources';
import { positiveInteger } from '../../../shared/fields/validators';

export const USERS_URL = '/platform/api/v1/users';
export const USER_URL = '/platform/api/v1/users/{id}';

export const userIdPath = { id: required('userId', 'User ID', positiveInteger) };

/** The user, one field for every operation on an existing user. */
export const userIdField = numericIdField({
	displayName: 'User ID',
	name: 'userId',
	description: 'ID of the user on the Chatwoot installation (platform user ID)',
});
