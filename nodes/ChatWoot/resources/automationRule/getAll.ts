import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';

// The spec mentions `page`, but Chatwoot answers with every rule at once.
export const automationRuleGetAllRequest = buildRequest({ path: { account_id: ACCOUNT } });

export const automationRuleGetAllDescription: INodeProperties[] = returnAllAndLimit('automationRule', ['getAll']);
