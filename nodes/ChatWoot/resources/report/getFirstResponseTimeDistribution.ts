import { ACCOUNT, buildRequest } from '../../shared/request';
import { dateRange } from './fields';

// Per channel type, how many conversations got a first response within 1, 4, 8, 24 hours.
export const reportGetFirstResponseTimeDistributionRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: dateRange('reportOptions'),
});
