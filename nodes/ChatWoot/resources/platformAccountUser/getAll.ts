import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/routing';
import { buildRequest } from '../../shared/request';
import { accountIdPath } from './fields';

// Chatwoot answers with every account user at once (no pagination).
export const platformAccountUserGetAllRequest = buildRequest({ path: accountIdPath });

export const platformAccountUserGetAllDescription: INodeProperties[] = returnAllAndLimit('platformAccountUser', [
	'getAll',
]);
