import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { contactLocator } from './fields';

export const getAttachments = defineOperation({
	value: 'getAttachments',
	name: 'Get Attachments',
	action: 'Get the files of a contact',
	description: "Get the attachments of the messages in the contact's conversations, newest first",
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/contacts/{contact_id}/attachments',
	request: { path: { account_id: ACCOUNT, contact_id: locator('contact', 'Contact') } },
	fields: [contactLocator, RETURN_ALL_AND_LIMIT],
	// { meta: { total_count }, payload: [...] }, 100 a page
	list: { records: ['payload'], pagination: byPage(100) },
});
