import { defineOperation } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const deleteInbox = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an inbox',
	description: 'Delete an inbox with its conversations; Chatwoot removes it in the background',
	method: 'DELETE',
	url: INBOX_URL,
	request: { path: inboxPath },
	fields: [inboxLocator],
});
