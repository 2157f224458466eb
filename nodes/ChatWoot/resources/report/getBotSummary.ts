import { defineOperation } from '../../shared/declare/operation';
import { accountPath, dateRange, reportEntries, reportOptions, V2 } from './fields';

// Bot resolutions and hand-offs of the account, with the period just before (`previous`).
export const getBotSummary = defineOperation({
	value: 'getBotSummary',
	name: 'Get Bot Summary',
	action: 'Get bot resolution and hand-off counts',
	description: 'Conversations resolved by bots and handed off to agents, with the period before for comparison',
	method: 'GET',
	url: `${V2}/reports/bot_summary`,
	// The controller calls params[:type].to_sym (a 500 without it); the dashboard asks about
	// the account, the one scope bot reports have, so the node sends it.
	request: {
		path: accountPath,
		query: dateRange('reportOptions'),
		adjust(request) {
			request.query.type = 'account';
		},
		adjustedKeys: { query: ['type'] },
	},
	fields: [reportOptions],
	output: [reportEntries],
});
