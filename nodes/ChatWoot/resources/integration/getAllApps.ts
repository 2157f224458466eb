import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Every app at once, each with its hooks in this account.
export const integrationGetAllAppsRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const integrationGetAllAppsDescription: INodeProperties[] = returnAllAndLimit('integration', ['getAllApps']);
