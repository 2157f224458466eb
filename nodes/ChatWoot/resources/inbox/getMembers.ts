import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, locator } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { inboxLocator } from './fields';

export const inboxGetMembersRequest = buildRequest({
	path: { account_id: ACCOUNT, inbox_id: locator('inbox', 'Inbox') },
});

export const inboxGetMembersDescription: INodeProperties[] = [
	inboxLocator('getMembers'),
	...returnAllAndLimit('inbox', ['getMembers']),
];
