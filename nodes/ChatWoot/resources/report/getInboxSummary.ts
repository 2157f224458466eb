import { defineOperation } from '../../shared/declare/operation';
import { accountPath, reportBusinessHoursOptions, reportEntries, summaryQuery, V2 } from './fields';

export const getInboxSummary = defineOperation({
	value: 'getInboxSummary',
	name: 'Get Inbox Summary',
	action: 'Get conversation statistics per inbox',
	method: 'GET',
	url: `${V2}/summary_reports/inbox`,
	request: { path: accountPath, query: summaryQuery(true) },
	fields: [reportBusinessHoursOptions],
	output: [reportEntries],
});
