import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Chatwoot answers with every portal of the account at once.
export const helpCenterGetAllPortalsRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const helpCenterGetAllPortalsDescription: INodeProperties[] = returnAllAndLimit('helpCenter', ['getAllPortals']);
