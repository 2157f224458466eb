import type { INodeProperties } from 'n8n-workflow';
import { relatedLocator } from '../../shared/locators';
import { ACCOUNT, buildRequest, optionalLocator } from '../../shared/request';
import { showFor } from './fields';

// Live counts (open, unattended, unassigned). `type` has one possible value for each of
// the two routes, so the node sends it instead of asking for it.
export const reportGetAccountConversationMetricsRequest = buildRequest({
	path: { account_id: ACCOUNT },
	adjust(request) {
		request.query.type = 'account';
	},
	adjustedKeys: { query: ['type'] },
});

export const reportGetAgentConversationMetricsRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: { user_id: optionalLocator('reportAgent', 'Agent') },
	adjust(request) {
		request.query.type = 'agent';
	},
	adjustedKeys: { query: ['type'] },
});

export const reportGetAgentConversationMetricsDescription: INodeProperties[] = [
	relatedLocator(
		'agent',
		'reportAgent',
		'Only this agent; leave empty for every agent of the account',
		showFor('getAgentConversationMetrics'),
	),
];
