import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { oneOf } from '../../shared/validators';
import { addReportObjectId, dateRange, reportType, showFor } from './fields';

const METRICS = [
	'avg_first_response_time',
	'avg_resolution_time',
	'conversations_count',
	'incoming_messages_count',
	'outgoing_messages_count',
	'resolutions_count',
] as const;

export const reportGetMetricRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: {
		metric: required('metric', 'Metric', oneOf(METRICS)),
		type: required('type', 'Type', reportType),
		...dateRange('reportOptions'),
	},
	adjust: addReportObjectId,
	adjustedKeys: { query: ['id'] },
});

export const reportGetMetricDescription: INodeProperties[] = [
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
		displayOptions: { show: showFor('getMetric') },
	},
];
