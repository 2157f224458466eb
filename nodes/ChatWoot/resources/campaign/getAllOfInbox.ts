import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { inboxLocator } from '../contact/fields';

export const getAllOfInbox = defineOperation({
	value: 'getAllOfInbox',
	name: 'Get Many of Inbox',
	action: 'Get the campaigns of an inbox',
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/inboxes/{id}/campaigns',
	request: { path: { account_id: ACCOUNT, id: locator('campaignOfInbox', 'Inbox') } },
	fields: [inboxLocator('campaignOfInbox', 'The inbox whose campaigns to get'), RETURN_ALL_AND_LIMIT],
	// every campaign of the inbox at once (no pagination): Limit cuts the answer
	list: { records: [''] },
});
