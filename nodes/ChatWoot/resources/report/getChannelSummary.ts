import { defineOperation } from '../../shared/declare/operation';
import { accountPath, reportEntries, reportOptions, summaryQuery, V2 } from './fields';

export const getChannelSummary = defineOperation({
	value: 'getChannelSummary',
	name: 'Get Channel Summary',
	action: 'Get conversation counts per channel type',
	description: 'Chatwoot 4.10 and later; at most six months at a time',
	method: 'GET',
	url: `${V2}/summary_reports/channel`,
	// At most six months apart, or Chatwoot answers 400.
	request: { path: accountPath, query: summaryQuery(false) },
	fields: [reportOptions],
	output: [reportEntries],
});
