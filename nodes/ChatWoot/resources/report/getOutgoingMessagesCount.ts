import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { accountPath, dateRange, reportEntries, reportOptions, V2 } from './fields';

export const getOutgoingMessagesCount = defineOperation({
	value: 'getOutgoingMessagesCount',
	name: 'Get Outgoing Messages Count',
	action: 'Get outgoing message counts by group',
	description: 'Per agent, inbox, label or team (Chatwoot 4.11 and later)',
	method: 'GET',
	url: `${V2}/reports/outgoing_messages_count`,
	request: {
		path: accountPath,
		query: {
			group_by: required('groupBy', 'Group By', oneOf(['agent', 'inbox', 'label', 'team'] as const)),
			...dateRange('reportOptions'),
		},
	},
	fields: [
		{
			displayName: 'Group By',
			name: 'groupBy',
			type: 'options',
			required: true,
			default: 'agent',
			options: [
				{ name: 'Agent', value: 'agent', description: 'Messages sent by bots are not counted' },
				{ name: 'Inbox', value: 'inbox' },
				{ name: 'Label', value: 'label' },
				{ name: 'Team', value: 'team' },
			],
		},
		reportOptions,
	],
	output: [reportEntries],
});
