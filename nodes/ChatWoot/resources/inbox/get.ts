import { defineOperation } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get an inbox',
	method: 'GET',
	url: INBOX_URL,
	request: { path: inboxPath },
	fields: [inboxLocator],
});
