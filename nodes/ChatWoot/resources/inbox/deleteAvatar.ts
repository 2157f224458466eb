import { defineOperation } from '../../shared/declare/operation';
import { INBOX_URL, inboxLocator, inboxPath } from './fields';

export const deleteAvatar = defineOperation({
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: 'Delete the avatar of an inbox',
	method: 'DELETE',
	url: `${INBOX_URL}/avatar`,
	request: { path: inboxPath },
	fields: [inboxLocator],
});
