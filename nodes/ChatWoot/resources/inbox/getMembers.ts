import { ACCOUNT, buildRequest, locator } from '../../shared/request';

export const inboxGetMembersRequest = buildRequest({
	path: { account_id: ACCOUNT, inbox_id: locator('inbox', 'Inbox') },
});
