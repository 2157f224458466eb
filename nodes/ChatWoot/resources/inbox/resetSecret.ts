import { defineOperation } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const resetSecret = defineOperation({
	value: 'resetSecret',
	name: 'Reset Secret',
	action: 'Reset the secret of an API inbox',
	description: 'Give an API inbox a new secret for signing its webhooks; the inbox comes back with it',
	method: 'POST',
	url: `${INBOX_URL}/reset_secret`,
	request: { path: inboxPath },
	fields: [inboxLocator],
});
