import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { conversationsPath } from './fields';

export const getUnreadCounts = defineOperation({
	value: 'getUnreadCounts',
	name: 'Get Unread Counts',
	action: 'Get unread conversation counts',
	description: "Count the token user's unread conversations by inbox, label and status (needs Chatwoot's unread counts feature)",
	method: 'GET',
	// its own controller (conversations/unread_counts#index), not a conversation's ID
	url: '/api/v1/accounts/{account_id}/conversations/unread_counts',
	request: { path: conversationsPath },
	output: [unwrap('payload')],
});
