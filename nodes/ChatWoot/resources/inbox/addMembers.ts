import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, locator } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';

export const inboxAddMembersRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: { inbox_id: locator('inbox', 'Inbox'), user_ids: userIds('inbox', 'addMembers') },
});

export const inboxAddMembersDescription: INodeProperties[] = [
	agentIdsField('inbox', 'addMembers', 'Agents to add; current members stay.'),
];
