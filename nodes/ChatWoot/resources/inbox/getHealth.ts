import { defineOperation } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const getHealth = defineOperation({
	value: 'getHealth',
	name: 'Get Health',
	action: 'Get the health of a WhatsApp inbox',
	description: 'Get the phone number status of a WhatsApp Cloud inbox from Meta: quality rating, messaging limit, webhook',
	method: 'GET',
	url: `${INBOX_URL}/health`,
	request: { path: inboxPath },
	fields: [inboxLocator],
});
