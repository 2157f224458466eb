import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { addReportObjectId, dateRange, reportType } from './fields';

// All six metrics at once, plus the same for the period just before (`previous`).
export const reportGetSummaryRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: {
		type: required('type', 'Type', reportType),
		...dateRange('reportOptions'),
	},
	adjust: addReportObjectId,
	adjustedKeys: { query: ['id'] },
});
