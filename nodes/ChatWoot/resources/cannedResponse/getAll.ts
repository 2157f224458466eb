import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Chatwoot answers with every canned response at once (no pagination).
export const cannedResponseGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const cannedResponseGetAllDescription: INodeProperties[] = returnAllAndLimit('cannedResponse', ['getAll']);
