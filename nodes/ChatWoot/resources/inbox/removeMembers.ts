import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';
import { inboxIdAsText } from './fields';

export const inboxRemoveMembersRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: { inbox_id: inboxIdAsText, user_ids: userIds('inbox', 'removeMembers') },
});

export const inboxRemoveMembersDescription: INodeProperties[] = [
	agentIdsField('inbox', 'removeMembers', 'Agents to take out of the inbox.'),
];
