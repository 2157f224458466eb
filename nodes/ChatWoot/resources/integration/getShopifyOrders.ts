import { idLocator } from '../../../shared/fields/locators';
import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { locator } from '../../shared/request/fieldSources';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const getShopifyOrders = defineOperation({
	value: 'getShopifyOrders',
	name: 'Get Shopify Orders',
	action: 'Get the Shopify orders of a contact',
	description: "Orders of the Shopify customer with the contact's email or phone number, each with its admin address",
	method: 'GET',
	url: `${INTEGRATIONS_URL}/shopify/orders`,
	request: { path: accountPath, query: { contact_id: locator('shopifyContact', 'Contact') } },
	fields: [
		idLocator({
			name: 'shopifyContact',
			displayName: 'Contact',
			searchListMethod: 'getContacts',
			urlSegment: 'contacts',
			description: 'Chatwoot looks the customer up in Shopify by the email and phone number of this contact',
		}),
		RETURN_ALL_AND_LIMIT,
	],
	// every order at once, no pages
	list: { records: ['orders'] },
});
