import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { optional } from '../../shared/request/fieldSources';
import { positiveInteger, text } from '../../../shared/fields/validators';
import { accountPath, dateRange, dateRangeOptions } from './fields';

// Administrators only; 25 events a page.
export const getReportingEvents = defineOperation({
	value: 'getReportingEvents',
	name: 'Get Many Reporting Events',
	action: 'Get many reporting events',
	description: 'First responses, resolutions and reply times, one event per item',
	method: 'GET',
	enterprise: true,
	url: '/api/v1/accounts/{account_id}/reporting_events',
	request: {
		path: accountPath,
		query: {
			...dateRange('reportFilters'),
			inbox_id: optional('reportFilters.inbox_id', 'Inbox ID', positiveInteger),
			user_id: optional('reportFilters.user_id', 'Agent ID', positiveInteger),
			name: optional('reportFilters.name', 'Event Name', text),
		},
	},
	fields: [
		RETURN_ALL_AND_LIMIT,
		{
			displayName: 'Filters',
			name: 'reportFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
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
	],
	list: { records: ['payload'], pagination: byPage(25) },
});
