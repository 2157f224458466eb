import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Chatwoot answers with every inbox at once (no pagination).
export const inboxGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const inboxGetAllDescription: INodeProperties[] = returnAllAndLimit('inbox', ['getAll']);
