import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../shared/locators';
import { ACCOUNT, buildRequest, locator } from '../../shared/request';
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
	query: { user_id: { ...locator('reportAgent', 'Agent'), optional: true } },
	adjust(request) {
		request.query.type = 'agent';
	},
	adjustedKeys: { query: ['type'] },
});

export const reportGetAgentConversationMetricsDescription: INodeProperties[] = [
	{
		...idLocator({
			name: 'reportAgent',
			displayName: 'Agent',
			searchListMethod: 'getAgents',
			required: false,
			show: showFor('getAgentConversationMetrics'),
		}),
		description: 'Only this agent; leave empty for every agent of the account',
	},
];
