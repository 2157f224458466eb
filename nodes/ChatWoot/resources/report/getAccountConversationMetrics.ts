import { defineOperation } from '../../shared/declare/operation';
import { accountPath, reportEntries, V2 } from './fields';

export const getAccountConversationMetrics = defineOperation({
	value: 'getAccountConversationMetrics',
	name: 'Get Account Conversation Metrics',
	action: 'Get live conversation counts of the account',
	description: 'Open, unattended and unassigned conversations right now',
	method: 'GET',
	url: `${V2}/reports/conversations`,
	// Live counts (open, unattended, unassigned). `type` has one possible value for each of
	// the two routes (this one and the agents'), so the node sends it instead of asking for it.
	request: {
		path: accountPath,
		adjust(request) {
			request.query.type = 'account';
		},
		adjustedKeys: { query: ['type'] },
	},
	output: [reportEntries],
});
