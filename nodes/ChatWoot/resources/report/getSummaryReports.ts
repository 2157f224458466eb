import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, type RequestSpec } from '../../shared/request';
import { businessHours, businessHoursOption, dateRange, dateRangeOptions, optionsCollection } from './fields';

/**
 * The summary reports (Chatwoot 4.x): one record per agent, inbox or team with counts and
 * average times, or counts per channel type. They share the date range; all but the
 * channel report can count business hours only.
 */
function summaryRequest(withBusinessHours: boolean) {
	const query: RequestSpec['query'] = { ...dateRange('options') };
	if (withBusinessHours) query.business_hours = businessHours('options');
	return buildRequest({ path: { account_id: ACCOUNT }, query });
}

function summaryOptions(operation: string, withBusinessHours: boolean): INodeProperties[] {
	const options = withBusinessHours ? [...dateRangeOptions, businessHoursOption] : dateRangeOptions;
	return [optionsCollection(operation, options)];
}

export const reportGetAgentSummaryRequest = summaryRequest(true);
export const reportGetAgentSummaryDescription = summaryOptions('getAgentSummary', true);

export const reportGetInboxSummaryRequest = summaryRequest(true);
export const reportGetInboxSummaryDescription = summaryOptions('getInboxSummary', true);

export const reportGetTeamSummaryRequest = summaryRequest(true);
export const reportGetTeamSummaryDescription = summaryOptions('getTeamSummary', true);

// At most six months apart, or Chatwoot answers 400.
export const reportGetChannelSummaryRequest = summaryRequest(false);
export const reportGetChannelSummaryDescription = summaryOptions('getChannelSummary', false);
