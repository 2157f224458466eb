import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Chatwoot answers with every team at once (no pagination).
export const teamGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const teamGetAllDescription: INodeProperties[] = returnAllAndLimit('team', ['getAll']);
