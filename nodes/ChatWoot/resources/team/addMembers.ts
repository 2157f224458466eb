import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';
import { teamLocator, teamPath } from './fields';

export const teamAddMembersRequest = buildRequest({
	path: teamPath,
	body: { user_ids: userIds },
});

export const teamAddMembersDescription: INodeProperties[] = [
	teamLocator('addMembers'),
	agentIdsField('team', 'addMembers', 'Agents to add; current members stay.'),
];
