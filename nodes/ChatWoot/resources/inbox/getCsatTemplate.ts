import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { inboxLocator } from './fields';

export const getCsatTemplate = defineOperation({
	value: 'getCsatTemplate',
	name: 'Get CSAT Template',
	action: 'Get the CSAT template of a WhatsApp inbox',
	description: 'Get the satisfaction survey template of a WhatsApp inbox and its approval status',
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/inboxes/{inbox_id}/csat_template',
	request: { path: { account_id: ACCOUNT, inbox_id: locator('inbox', 'Inbox') } },
	fields: [inboxLocator],
});
