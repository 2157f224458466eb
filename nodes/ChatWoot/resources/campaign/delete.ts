import { defineOperation } from '../../shared/declare/operation';
import { CAMPAIGN_URL, campaignIdField, campaignPath } from './fields';

export const deleteCampaign = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a campaign',
	method: 'DELETE',
	url: CAMPAIGN_URL,
	request: { path: campaignPath },
	fields: [campaignIdField],
});
