import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { inboxLocator, MEMBERS_URL } from './fields';

export const getMembers = defineOperation({
	value: 'getMembers',
	name: 'Get Members',
	action: 'Get the agents of an inbox',
	method: 'GET',
	url: `${MEMBERS_URL}/{inbox_id}`,
	request: { path: { account_id: ACCOUNT, inbox_id: locator('inbox', 'Inbox') } },
	fields: [inboxLocator, RETURN_ALL_AND_LIMIT],
	list: { records: ['payload', ''] },
});
