import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { accountIdField, accountIdPath, userIdBody, userIdField } from './fields';

// The spec documents no body here, but the server reads params[:user_id]: without it
// Chatwoot cannot tell which user to remove.
export const platformAccountUserDeleteRequest = buildRequest({
	path: accountIdPath,
	body: userIdBody,
});

export const platformAccountUserDeleteDescription: INodeProperties[] = [
	accountIdField('delete'),
	userIdField('delete'),
];
