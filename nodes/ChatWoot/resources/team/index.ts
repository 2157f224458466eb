import type { INodeProperties } from 'n8n-workflow';
import { unwrap } from '../../shared/output';
import { chatwootListRouting, chatwootRouting, returnAllAndLimit } from '../../shared/routing';
import { teamAddMembersDescription, teamAddMembersRequest } from './addMembers';
import { teamCreateDescription, teamCreateRequest } from './create';
import { teamDeleteRequest } from './delete';
import { teamLocator } from './fields';
import { teamGetRequest } from './get';
import { teamGetAllRequest } from './getAll';
import { teamGetMembersRequest } from './getMembers';
import { teamRemoveMembersDescription, teamRemoveMembersRequest } from './removeMembers';
import { teamUpdateDescription, teamUpdateRequest } from './update';
import { teamUpdateMembersDescription, teamUpdateMembersRequest } from './updateMembers';

const showOnlyForTeams = {
	resource: ['team'],
};

const TEAMS_URL = '/api/v1/accounts/{account_id}/teams';
const TEAM_URL = '/api/v1/accounts/{account_id}/teams/{team_id}';
const MEMBERS_URL = '/api/v1/accounts/{account_id}/teams/{team_id}/team_members';

export const teamDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForTeams },
		options: [
			{
				name: 'Add Members',
				value: 'addMembers',
				action: 'Add agents to a team',
				description: 'Add agents to a team; current members stay',
				// one item per member added
				routing: chatwootRouting('POST', MEMBERS_URL, teamAddMembersRequest, unwrap('')),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a team',
				routing: chatwootRouting('POST', TEAMS_URL, teamCreateRequest),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a team',
				routing: chatwootRouting('DELETE', TEAM_URL, teamDeleteRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a team',
				routing: chatwootRouting('GET', TEAM_URL, teamGetRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many teams',
				routing: chatwootListRouting(TEAMS_URL, teamGetAllRequest, { records: ['payload', ''] }),
			},
			{
				name: 'Get Members',
				value: 'getMembers',
				action: 'Get the agents of a team',
				routing: chatwootListRouting(MEMBERS_URL, teamGetMembersRequest, {
					records: ['payload', ''],
				}),
			},
			{
				name: 'Remove Members',
				value: 'removeMembers',
				action: 'Remove agents from a team',
				routing: chatwootRouting('DELETE', MEMBERS_URL, teamRemoveMembersRequest),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a team',
				routing: chatwootRouting('PATCH', TEAM_URL, teamUpdateRequest),
			},
			{
				name: 'Update Members',
				value: 'updateMembers',
				action: 'Replace the agents of a team',
				description: 'Make the listed agents the members of the team; others leave it',
				routing: chatwootRouting('PATCH', MEMBERS_URL, teamUpdateMembersRequest, unwrap('')),
			},
		],
		default: 'getAll',
	},
	teamLocator,
	...returnAllAndLimit('team', ['getAll', 'getMembers']),
	...teamAddMembersDescription,
	...teamCreateDescription,
	...teamRemoveMembersDescription,
	...teamUpdateDescription,
	...teamUpdateMembersDescription,
];
