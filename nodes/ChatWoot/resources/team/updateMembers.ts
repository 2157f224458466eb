import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { agentIdsField, userIds } from '../agent/fields';
import { teamPath } from './fields';

export const teamUpdateMembersRequest = buildRequest({
	path: teamPath,
	body: { user_ids: userIds('team', 'updateMembers') },
});

export const teamUpdateMembersDescription: INodeProperties[] = [
	agentIdsField('team', 'updateMembers', 'The new members: agents not listed leave the team.'),
];
