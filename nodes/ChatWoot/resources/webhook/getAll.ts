import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Chatwoot answers with every webhook at once (no pagination).
export const webhookGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const webhookGetAllDescription: INodeProperties[] = returnAllAndLimit('webhook', ['getAll']);
