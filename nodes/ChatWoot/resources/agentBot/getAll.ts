import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// Chatwoot answers with every bot at once (the account's and the installation-wide ones).
export const agentBotGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const agentBotGetAllDescription: INodeProperties[] = returnAllAndLimit('agentBot', ['getAll']);
