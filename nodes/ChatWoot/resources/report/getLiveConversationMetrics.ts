import { defineOperation } from '../../shared/declare/operation';
import { accountPath, liveTeam, liveTeamLocator, reportEntries, V2 } from './fields';

export const getLiveConversationMetrics = defineOperation({
	value: 'getLiveConversationMetrics',
	name: 'Get Live Conversation Metrics',
	action: 'Get open, unattended, unassigned and pending conversation counts now',
	description: 'Counts of right now, of the account or of one team',
	method: 'GET',
	url: `${V2}/live_reports/conversation_metrics`,
	request: { path: accountPath, query: { team_id: liveTeam } },
	fields: [liveTeamLocator],
	output: [reportEntries],
});
