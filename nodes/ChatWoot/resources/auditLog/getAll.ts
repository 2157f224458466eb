import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// `page` is added by the pagination (25 entries a page, newest first).
export const auditLogGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const auditLogGetAllDescription: INodeProperties[] = returnAllAndLimit('auditLog', ['getAll']);
