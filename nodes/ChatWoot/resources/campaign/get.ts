import { defineOperation } from '../../shared/declare/operation';
import { CAMPAIGN_URL, campaignIdField, campaignPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a campaign',
	method: 'GET',
	url: CAMPAIGN_URL,
	request: { path: campaignPath },
	fields: [campaignIdField],
});
