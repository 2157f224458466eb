import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { accountPath, addReportObjectId, dateRange, reportEntries, reportOptions, reportType, reportTypeFields, V2 } from './fields';

// All six metrics at once, plus the same for the period just before (`previous`).
export const getSummary = defineOperation({
	value: 'getSummary',
	name: 'Get Metrics Summary',
	action: 'Get a summary of all metrics',
	description: 'Totals and averages of a period, with the period before it for comparison',
	method: 'GET',
	url: `${V2}/reports/summary`,
	request: {
		path: accountPath,
		query: {
			type: required('type', 'Type', reportType),
			...dateRange('reportOptions'),
		},
		adjust: addReportObjectId,
		adjustedKeys: { query: ['id'] },
	},
	fields: [...reportTypeFields, reportOptions],
	output: [reportEntries],
});
