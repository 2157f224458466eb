import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';
import { teamLocator, teamPath } from './fields';

export const teamRemoveMembersRequest = buildRequest({
	path: teamPath,
	body: { user_ids: userIds },
});

export const teamRemoveMembersDescription: INodeProperties[] = [
	teamLocator('removeMembers'),
	agentIdsField('team', 'removeMembers', 'Agents to take out of the team.'),
];
