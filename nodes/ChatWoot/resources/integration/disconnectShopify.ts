import { defineOperation } from '../../shared/declare/operation';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const disconnectShopify = defineOperation({
	value: 'disconnectShopify',
	name: 'Disconnect Shopify',
	action: 'Disconnect Shopify from the account',
	description: 'Remove the Shopify store connection',
	method: 'DELETE',
	url: `${INTEGRATIONS_URL}/shopify`,
	request: { path: accountPath },
});
