import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, optional } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { positiveInteger, text } from '../../shared/validators';
import { dateRange, dateRangeOptions, showFor } from './fields';

// Administrators only; 25 events a page (byPage(25) in the routing).
export const reportGetReportingEventsRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: {
		...dateRange('reportFilters'),
		inbox_id: optional('reportFilters.inbox_id', 'Inbox ID', positiveInteger),
		user_id: optional('reportFilters.user_id', 'Agent ID', positiveInteger),
		name: optional('reportFilters.name', 'Event Name', text),
	},
});

export const reportGetReportingEventsDescription: INodeProperties[] = [
	...returnAllAndLimit('report', ['getReportingEvents']),
	{
		displayName: 'Filters',
		name: 'reportFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('getReportingEvents') },
		options: [
			{
				displayName: 'Agent ID',
				name: 'user_id',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 1, numberPrecision: 0 },
			},
			{
				displayName: 'Event Name',
				name: 'name',
				type: 'options',
				default: 'first_response',
				options: [
					{ name: 'Bot Handoff', value: 'conversation_bot_handoff' },
					{ name: 'Bot Resolution', value: 'conversation_bot_resolved' },
					{ name: 'First Response', value: 'first_response' },
					{ name: 'Reply Time', value: 'reply_time' },
					{ name: 'Resolution', value: 'conversation_resolved' },
				],
			},
			{
				displayName: 'Inbox ID',
				name: 'inbox_id',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 1, numberPrecision: 0 },
			},
			...dateRangeOptions,
		],
	},
];
