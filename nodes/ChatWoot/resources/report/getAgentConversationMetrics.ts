import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { optionalLocator } from '../../shared/request/fieldSources';
import { accountPath, reportEntries, V2 } from './fields';

export const getAgentConversationMetrics = defineOperation({
	value: 'getAgentConversationMetrics',
	name: 'Get Agent Conversation Metrics',
	action: 'Get open and unattended conversation counts per agent',
	method: 'GET',
	// The spec documents this route with a trailing slash, apart from the account one.
	url: `${V2}/reports/conversations/`,
	// `type` has one possible value here, so the node sends it instead of asking for it.
	request: {
		path: accountPath,
		query: { user_id: optionalLocator('reportAgent', 'Agent') },
		adjust(request) {
			request.query.type = 'agent';
		},
		adjustedKeys: { query: ['type'] },
	},
	fields: [relatedLocator('agent', 'reportAgent', 'Only this agent; leave empty for every agent of the account')],
	output: [reportEntries],
});
