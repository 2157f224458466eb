import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { addReportObjectId, dateRange, dateRangeOptions, optionsCollection, reportType, reportTypeFields } from './fields';

// All six metrics at once, plus the same for the period just before (`previous`).
export const reportGetSummaryRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: {
		type: required('type', 'Type', reportType),
		...dateRange('options'),
	},
	adjust: addReportObjectId,
	adjustedKeys: { query: ['id'] },
});

export const reportGetSummaryDescription: INodeProperties[] = [
	...reportTypeFields('getSummary'),
	optionsCollection('getSummary', dateRangeOptions),
];
