import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';
import { teamPath } from './fields';

export const teamAddMembersRequest = buildRequest({
	path: teamPath,
	body: { user_ids: userIds('team', 'addMembers') },
});

export const teamAddMembersDescription: INodeProperties[] = [
	agentIdsField('team', 'addMembers', 'Agents to add; current members stay.'),
];
