import { defineOperation } from '../../shared/declare/operation';
import { accountPath, reportBusinessHoursOptions, reportEntries, summaryQuery, V2 } from './fields';

export const getAgentSummary = defineOperation({
	value: 'getAgentSummary',
	name: 'Get Agent Summary',
	action: 'Get conversation statistics per agent',
	method: 'GET',
	url: `${V2}/summary_reports/agent`,
	request: { path: accountPath, query: summaryQuery(true) },
	fields: [reportBusinessHoursOptions],
	output: [reportEntries],
});
