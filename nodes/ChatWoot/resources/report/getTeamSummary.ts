import { defineOperation } from '../../shared/declare/operation';
import { accountPath, reportBusinessHoursOptions, reportEntries, summaryQuery, V2 } from './fields';

export const getTeamSummary = defineOperation({
	value: 'getTeamSummary',
	name: 'Get Team Summary',
	action: 'Get conversation statistics per team',
	method: 'GET',
	url: `${V2}/summary_reports/team`,
	request: { path: accountPath, query: summaryQuery(true) },
	fields: [reportBusinessHoursOptions],
	output: [reportEntries],
});
