import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { accountPath, liveTeam, liveTeamLocator, reportEntries, V2 } from './fields';

export const getGroupedLiveConversationMetrics = defineOperation({
	value: 'getGroupedLiveConversationMetrics',
	name: 'Get Live Conversation Metrics by Group',
	action: 'Get open conversation counts now per agent or team',
	description: 'One item per agent or team with open, unattended and unassigned conversations right now',
	method: 'GET',
	url: `${V2}/live_reports/grouped_conversation_metrics`,
	request: {
		path: accountPath,
		query: {
			group_by: required('liveGroupBy', 'Group By', oneOf(['assignee_id', 'team_id'] as const)),
			team_id: liveTeam,
		},
	},
	fields: [
		{
			displayName: 'Group By',
			name: 'liveGroupBy',
			type: 'options',
			required: true,
			default: 'assignee_id',
			options: [
				{ name: 'Agent', value: 'assignee_id', description: 'One item per assignee; unassigned conversations have no agent ID' },
				{ name: 'Team', value: 'team_id', description: 'One item per team; conversations without a team have no team ID' },
			],
		},
		liveTeamLocator,
	],
	output: [reportEntries],
});
