import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';
import { inboxIdAsText } from './fields';

export const inboxUpdateMembersRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: { inbox_id: inboxIdAsText, user_ids: userIds('inbox', 'updateMembers') },
});

export const inboxUpdateMembersDescription: INodeProperties[] = [
	agentIdsField('inbox', 'updateMembers', 'The new members: agents not listed leave the inbox.'),
];
