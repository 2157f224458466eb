import { defineOperation } from '../../shared/declare/operation';
import { accountPath, dateRange, reportEntries, reportOptions, V2 } from './fields';

// Per channel type, how many conversations got a first response within 1, 4, 8, 24 hours.
export const getFirstResponseTimeDistribution = defineOperation({
	value: 'getFirstResponseTimeDistribution',
	name: 'Get First Response Time Distribution',
	action: 'Get the first response time distribution per channel type',
	description: 'Chatwoot 4.11 and later',
	method: 'GET',
	url: `${V2}/reports/first_response_time_distribution`,
	request: { path: accountPath, query: dateRange('reportOptions') },
	fields: [reportOptions],
	output: [reportEntries],
});
