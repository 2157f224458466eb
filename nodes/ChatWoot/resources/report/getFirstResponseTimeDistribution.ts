import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { dateRange, dateRangeOptions, optionsCollection } from './fields';

// Per channel type, how many conversations got a first response within 1, 4, 8, 24 hours.
export const reportGetFirstResponseTimeDistributionRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: dateRange('options'),
});

export const reportGetFirstResponseTimeDistributionDescription: INodeProperties[] = [
	optionsCollection('getFirstResponseTimeDistribution', dateRangeOptions),
];
