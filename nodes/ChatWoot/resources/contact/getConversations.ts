import { defineOperation } from '../../shared/declare/operation';
import { contactLocator, contactPath } from './fields';

// Chatwoot answers with the contact's 20 latest conversations in the user's inboxes, unpaged.
export const getConversations = defineOperation({
	value: 'getConversations',
	name: 'Get Conversations',
	action: 'Get the conversations of a contact',
	description: 'Get the 20 latest conversations of the contact',
	method: 'GET',
	url: '/api/v1/accounts/{account_id}/contacts/{id}/conversations',
	request: { path: contactPath },
	fields: [contactLocator],
	list: { records: ['payload', ''] },
});
