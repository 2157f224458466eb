import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';
import { teamLocator, teamPath } from './fields';

export const teamUpdateMembersRequest = buildRequest({
	path: teamPath,
	body: { user_ids: userIds },
});

export const teamUpdateMembersDescription: INodeProperties[] = [
	teamLocator('updateMembers'),
	agentIdsField('team', 'updateMembers', 'The new members: agents not listed leave the team.'),
];
