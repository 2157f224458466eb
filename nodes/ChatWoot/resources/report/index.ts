import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';
import { unwrap } from '../../shared/output';
import { byPage } from '../../shared/pagination';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import type { ChatwootPreSend } from '../../shared/request';
import { reportOptions, reportTypeFields } from './fields';
import {
	reportGetAccountConversationMetricsRequest,
	reportGetAgentConversationMetricsDescription,
	reportGetAgentConversationMetricsRequest,
} from './getConversationMetrics';
import { reportGetFirstResponseTimeDistributionRequest } from './getFirstResponseTimeDistribution';
import { reportGetInboxLabelMatrixDescription, reportGetInboxLabelMatrixRequest } from './getInboxLabelMatrix';
import { reportGetMetricDescription, reportGetMetricRequest } from './getMetric';
import {
	reportGetOutgoingMessagesCountDescription,
	reportGetOutgoingMessagesCountRequest,
} from './getOutgoingMessagesCount';
import { reportGetReportingEventsDescription, reportGetReportingEventsRequest } from './getReportingEvents';
import { reportGetSummaryRequest } from './getSummary';
import {
	reportBusinessHoursSummaryDescription,
	reportGetAgentSummaryRequest,
	reportGetChannelSummaryRequest,
	reportGetInboxSummaryRequest,
	reportGetTeamSummaryRequest,
} from './getSummaryReports';

const showOnlyForReports = {
	resource: ['report'],
};

const V2 = '/api/v2/accounts/{account_id}';

/** A report: a GET whose answer is one object, or an array split into one item per entry. */
function report(url: string, preSend: ChatwootPreSend): INodePropertyRouting {
	return chatwootRouting('GET', url, preSend, unwrap(''));
}

const inboxLabelMatrix = report(`${V2}/reports/inbox_label_matrix`, reportGetInboxLabelMatrixRequest);
inboxLabelMatrix.request!.arrayFormat = 'brackets';

export const reportDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForReports },
		options: [
			{
				name: 'Get Account Conversation Metrics',
				value: 'getAccountConversationMetrics',
				action: 'Get live conversation counts of the account',
				description: 'Open, unattended and unassigned conversations right now',
				routing: report(`${V2}/reports/conversations`, reportGetAccountConversationMetricsRequest),
			},
			{
				name: 'Get Agent Conversation Metrics',
				value: 'getAgentConversationMetrics',
				action: 'Get open and unattended conversation counts per agent',
				// The spec documents this route with a trailing slash, apart from the account one.
				routing: report(`${V2}/reports/conversations/`, reportGetAgentConversationMetricsRequest),
			},
			{
				name: 'Get Agent Summary',
				value: 'getAgentSummary',
				action: 'Get conversation statistics per agent',
				routing: report(`${V2}/summary_reports/agent`, reportGetAgentSummaryRequest),
			},
			{
				name: 'Get Channel Summary',
				value: 'getChannelSummary',
				action: 'Get conversation counts per channel type',
				description: 'Chatwoot 4.10 and later; at most six months at a time',
				routing: report(`${V2}/summary_reports/channel`, reportGetChannelSummaryRequest),
			},
			{
				name: 'Get First Response Time Distribution',
				value: 'getFirstResponseTimeDistribution',
				action: 'Get the first response time distribution per channel type',
				description: 'Chatwoot 4.11 and later',
				routing: report(
					`${V2}/reports/first_response_time_distribution`,
					reportGetFirstResponseTimeDistributionRequest,
				),
			},
			{
				name: 'Get Inbox Label Matrix',
				value: 'getInboxLabelMatrix',
				action: 'Get conversation counts per inbox and label',
				description: 'Chatwoot 4.11 and later',
				routing: inboxLabelMatrix,
			},
			{
				name: 'Get Inbox Summary',
				value: 'getInboxSummary',
				action: 'Get conversation statistics per inbox',
				routing: report(`${V2}/summary_reports/inbox`, reportGetInboxSummaryRequest),
			},
			{
				name: 'Get Many Reporting Events',
				value: 'getReportingEvents',
				action: 'Get many reporting events',
				description: 'First responses, resolutions and reply times, one event per item',
				routing: chatwootListRouting('/api/v1/accounts/{account_id}/reporting_events', reportGetReportingEventsRequest, {
					records: ['payload'],
					pagination: byPage(25),
				}),
			},
			{
				name: 'Get Metric Over Time',
				value: 'getMetric',
				action: 'Get the values of a metric over time',
				description: 'One item per point of the time series',
				routing: report(`${V2}/reports`, reportGetMetricRequest),
			},
			{
				name: 'Get Metrics Summary',
				value: 'getSummary',
				action: 'Get a summary of all metrics',
				description: 'Totals and averages of a period, with the period before it for comparison',
				routing: report(`${V2}/reports/summary`, reportGetSummaryRequest),
			},
			{
				name: 'Get Outgoing Messages Count',
				value: 'getOutgoingMessagesCount',
				action: 'Get outgoing message counts by group',
				description: 'Per agent, inbox, label or team (Chatwoot 4.11 and later)',
				routing: report(`${V2}/reports/outgoing_messages_count`, reportGetOutgoingMessagesCountRequest),
			},
			{
				name: 'Get Team Summary',
				value: 'getTeamSummary',
				action: 'Get conversation statistics per team',
				routing: report(`${V2}/summary_reports/team`, reportGetTeamSummaryRequest),
			},
		],
		default: 'getSummary',
	},
	...reportGetAgentConversationMetricsDescription,
	...reportBusinessHoursSummaryDescription,
	...reportGetInboxLabelMatrixDescription,
	...reportGetReportingEventsDescription,
	// Metric, then Type and ID, then Group By: each report's fields come before its Options.
	...reportGetMetricDescription,
	...reportTypeFields,
	...reportGetOutgoingMessagesCountDescription,
	reportOptions,
];
