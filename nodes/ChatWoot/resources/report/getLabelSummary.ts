import { defineOperation } from '../../shared/declare/operation';
import { accountPath, reportBusinessHoursOptions, reportEntries, summaryQuery, V2 } from './fields';

export const getLabelSummary = defineOperation({
	value: 'getLabelSummary',
	name: 'Get Label Summary',
	action: 'Get conversation statistics per label',
	method: 'GET',
	url: `${V2}/summary_reports/label`,
	request: { path: accountPath, query: summaryQuery(true) },
	fields: [reportBusinessHoursOptions],
	output: [reportEntries],
});
