import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT_USERS_URL, accountIdField, accountIdPath, userIdBody, userIdField } from './fields';

export const deletePlatformAccountUser = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Remove a user from an account',
	description: 'Take a user out of an account (the user itself stays)',
	method: 'DELETE',
	url: ACCOUNT_USERS_URL,
	// The spec documents no body here, but the server reads params[:user_id]: without it
	// Chatwoot cannot tell which user to remove.
	request: { path: accountIdPath, body: userIdBody },
	fields: [accountIdField, userIdField],
});
