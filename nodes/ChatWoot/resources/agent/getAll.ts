import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Chatwoot answers with every agent of the account at once (no pagination).
export const agentGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const agentGetAllDescription: INodeProperties[] = returnAllAndLimit('agent', ['getAll']);
