import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { oneOf } from '../../../shared/fields/validators';
import { accountPath, addReportObjectId, dateRange, reportEntries, reportOptions, reportType, reportTypeFields, V2 } from './fields';

const METRICS = [
	'avg_first_response_time',
	'avg_resolution_time',
	'conversations_count',
	'incoming_messages_count',
	'outgoing_messages_count',
	'resolutions_count',
] as const;

export const getMetric = defineOperation({
	value: 'getMetric',
	name: 'Get Metric Over Time',
	action: 'Get the values of a metric over time',
	description: 'One item per point of the time series',
	method: 'GET',
	url: `${V2}/reports`,
	request: {
		path: accountPath,
		query: {
			metric: required('metric', 'Metric', oneOf(METRICS)),
			type: required('type', 'Type', reportType),
			...dateRange('reportOptions'),
		},
		adjust: addReportObjectId,
		adjustedKeys: { query: ['id'] },
	},
	// Metric, then Type and ID, then the Options
	fields: [
		{
			displayName: 'Metric',
			name: 'metric',
			type: 'options',
			required: true,
			default: 'conversations_count',
			options: [
				{ name: 'Average First Response Time', value: 'avg_first_response_time' },
				{ name: 'Average Resolution Time', value: 'avg_resolution_time' },
				{ name: 'Conversations', value: 'conversations_count' },
				{ name: 'Incoming Messages', value: 'incoming_messages_count' },
				{ name: 'Outgoing Messages', value: 'outgoing_messages_count' },
				{ name: 'Resolutions', value: 'resolutions_count' },
			],
		},
		...reportTypeFields,
		reportOptions,
	],
	output: [reportEntries],
});
