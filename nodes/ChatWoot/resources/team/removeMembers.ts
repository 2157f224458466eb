import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';
import { teamPath } from './fields';

export const teamRemoveMembersRequest = buildRequest({
	path: teamPath,
	body: { user_ids: userIds('team', 'removeMembers') },
});

export const teamRemoveMembersDescription: INodeProperties[] = [
	agentIdsField('team', 'removeMembers', 'Agents to take out of the team.'),
];
