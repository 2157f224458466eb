import { buildRequest } from '../../shared/request';
import { accountIdPath, userIdBody } from './fields';

// The spec documents no body here, but the server reads params[:user_id]: without it
// Chatwoot cannot tell which user to remove.
export const platformAccountUserDeleteRequest = buildRequest({
	path: accountIdPath,
	body: userIdBody,
});
