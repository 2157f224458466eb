import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';
import { multipartWhenFiles } from '../../shared/multipart';
import { unwrap } from '../../shared/output';
import { chatwootListRouting, chatwootRouting, returnAllAndLimit } from '../../shared/routing';
import { inboxAddMembersDescription, inboxAddMembersRequest } from './addMembers';
import { inboxCreateDescription, inboxCreateRequest } from './create';
import { avatarFile, inboxLocator } from './fields';
import { inboxGetRequest } from './get';
import { agentBotOutput, inboxGetAgentBotRequest } from './getAgentBot';
import { inboxGetAllRequest } from './getAll';
import { inboxGetMembersRequest } from './getMembers';
import { inboxRemoveMembersDescription, inboxRemoveMembersRequest } from './removeMembers';
import { inboxSetAgentBotDescription, inboxSetAgentBotRequest } from './setAgentBot';
import { inboxUpdateDescription, inboxUpdateRequest } from './update';
import { inboxUpdateMembersDescription, inboxUpdateMembersRequest } from './updateMembers';

const showOnlyForInboxes = {
	resource: ['inbox'],
};

const INBOXES_URL = '/api/v1/accounts/{account_id}/inboxes';
const INBOX_URL = '/api/v1/accounts/{account_id}/inboxes/{id}';
const MEMBERS_URL = '/api/v1/accounts/{account_id}/inbox_members';

/** With an avatar, the same fields go out as multipart/form-data (Rails reads both alike). */
function withAvatar(routing: INodePropertyRouting, collection: string): INodePropertyRouting {
	routing.send!.preSend!.push(multipartWhenFiles(async (ctx) => await avatarFile(ctx, collection)));
	return routing;
}

export const inboxDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForInboxes },
		options: [
			{
				name: 'Add Members',
				value: 'addMembers',
				action: 'Add agents to an inbox',
				description: 'Add agents to an inbox; current members stay',
				routing: chatwootRouting('POST', MEMBERS_URL, inboxAddMembersRequest, unwrap('payload')),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an inbox',
				routing: withAvatar(
					chatwootRouting('POST', INBOXES_URL, inboxCreateRequest),
					'inboxAdditionalFields',
				),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an inbox',
				routing: chatwootRouting('GET', INBOX_URL, inboxGetRequest),
			},
			{
				name: 'Get Agent Bot',
				value: 'getAgentBot',
				action: 'Get the agent bot of an inbox',
				description: 'Get the agent bot connected to an inbox ({"agent_bot": null} when none is)',
				routing: chatwootRouting(
					'GET',
					`${INBOX_URL}/agent_bot`,
					inboxGetAgentBotRequest,
					agentBotOutput,
				),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many inboxes',
				routing: chatwootListRouting(INBOXES_URL, inboxGetAllRequest, { records: ['payload', ''] }),
			},
			{
				name: 'Get Members',
				value: 'getMembers',
				action: 'Get the agents of an inbox',
				routing: chatwootListRouting(`${MEMBERS_URL}/{inbox_id}`, inboxGetMembersRequest, {
					records: ['payload', ''],
				}),
			},
			{
				name: 'Remove Members',
				value: 'removeMembers',
				action: 'Remove agents from an inbox',
				routing: chatwootRouting('DELETE', MEMBERS_URL, inboxRemoveMembersRequest),
			},
			{
				name: 'Set Agent Bot',
				value: 'setAgentBot',
				action: 'Set the agent bot of an inbox',
				description: 'Connect an agent bot to an inbox',
				routing: chatwootRouting('POST', `${INBOX_URL}/set_agent_bot`, inboxSetAgentBotRequest),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an inbox',
				routing: withAvatar(chatwootRouting('PATCH', INBOX_URL, inboxUpdateRequest), 'inboxUpdateFields'),
			},
			{
				name: 'Update Members',
				value: 'updateMembers',
				action: 'Replace the agents of an inbox',
				description: 'Make the listed agents the members of the inbox; others leave it',
				routing: chatwootRouting('PATCH', MEMBERS_URL, inboxUpdateMembersRequest, unwrap('payload')),
			},
		],
		default: 'getAll',
	},
	inboxLocator,
	...returnAllAndLimit('inbox', ['getAll', 'getMembers']),
	...inboxAddMembersDescription,
	...inboxCreateDescription,
	...inboxRemoveMembersDescription,
	...inboxSetAgentBotDescription,
	...inboxUpdateDescription,
	...inboxUpdateMembersDescription,
];
