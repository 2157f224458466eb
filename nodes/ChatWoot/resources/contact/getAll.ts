import { ACCOUNT, buildRequest } from '../../shared/request';
import { sortQuery } from './fields';

// Chatwoot lists only "resolved" contacts here: those with an email, phone number or identifier.
export const contactGetAllRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: { sort: sortQuery },
});
