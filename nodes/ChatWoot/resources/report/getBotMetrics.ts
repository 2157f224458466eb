import { defineOperation } from '../../shared/declare/operation';
import { accountPath, dateRange, reportEntries, reportOptions, V2 } from './fields';

export const getBotMetrics = defineOperation({
	value: 'getBotMetrics',
	name: 'Get Bot Metrics',
	action: 'Get bot conversation, message, resolution and hand-off rates',
	description: 'Conversations and messages in inboxes with an active bot, resolution and hand-off rates in percent',
	method: 'GET',
	url: `${V2}/reports/bot_metrics`,
	request: { path: accountPath, query: dateRange('reportOptions') },
	fields: [reportOptions],
	output: [reportEntries],
});
