import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, type RequestSpec } from '../../shared/request';
import { businessHours, businessHoursOption, dateRange, dateRangeOptions, optionsCollection } from './fields';

/**
 * The summary reports (Chatwoot 4.x): one record per agent, inbox or team with counts and
 * average times, or counts per channel type. They share the date range; all but the
 * channel report can count business hours only.
 */
function summaryRequest(withBusinessHours: boolean) {
	const collection = withBusinessHours ? 'reportBusinessHoursOptions' : 'reportOptions';
	const query: RequestSpec['query'] = { ...dateRange(collection) };
	if (withBusinessHours) query.business_hours = businessHours(collection);
	return buildRequest({ path: { account_id: ACCOUNT }, query });
}

export const reportGetAgentSummaryRequest = summaryRequest(true);
export const reportGetInboxSummaryRequest = summaryRequest(true);
export const reportGetTeamSummaryRequest = summaryRequest(true);

// At most six months apart, or Chatwoot answers 400.
export const reportGetChannelSummaryRequest = summaryRequest(false);

/** The Options of the agent, inbox and team summaries: the date range and Business Hours. */
export const reportBusinessHoursSummaryDescription: INodeProperties[] = [
	optionsCollection(
		'reportBusinessHoursOptions',
		['getAgentSummary', 'getInboxSummary', 'getTeamSummary'],
		[...dateRangeOptions, businessHoursOption],
	),
];
