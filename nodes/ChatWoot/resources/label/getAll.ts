import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Chatwoot answers with every label at once (no pagination).
export const labelGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const labelGetAllDescription: INodeProperties[] = returnAllAndLimit('label', ['getAll']);
