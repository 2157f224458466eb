import type { INodeProperties } from 'n8n-workflow';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { clientConversationCreateDescription, clientConversationCreateRequest } from './create';
import { clientConversationIdentifierFields } from './fields';
import { clientConversationGetRequest } from './get';
import { clientConversationGetAllDescription, clientConversationGetAllRequest } from './getAll';
import { clientConversationToggleStatusRequest } from './toggleStatus';
import { clientConversationToggleTypingDescription, clientConversationToggleTypingRequest } from './toggleTyping';
import { clientConversationUpdateLastSeenRequest } from './updateLastSeen';

const CONVERSATIONS_URL =
	'/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations';
const CONVERSATION_URL = `${CONVERSATIONS_URL}/{conversation_id}`;

export const clientConversationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['clientConversation'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a conversation through the client API',
				routing: chatwootRouting('POST', CONVERSATIONS_URL, clientConversationCreateRequest),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a conversation through the client API',
				routing: chatwootRouting('GET', CONVERSATION_URL, clientConversationGetRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many conversations through the client API',
				description: 'Get the conversations of the contact in the inbox',
				routing: chatwootListRouting(CONVERSATIONS_URL, clientConversationGetAllRequest, { records: [''] }),
			},
			{
				name: 'Toggle Status',
				value: 'toggleStatus',
				action: 'Resolve a conversation through the client API',
				description: 'Resolve the conversation on behalf of the contact',
				routing: chatwootRouting('POST', `${CONVERSATION_URL}/toggle_status`, clientConversationToggleStatusRequest),
			},
			{
				name: 'Toggle Typing',
				value: 'toggleTyping',
				action: 'Set the typing indicator of the contact',
				description: 'Show or hide "typing..." to the agents',
				routing: chatwootRouting('POST', `${CONVERSATION_URL}/toggle_typing`, clientConversationToggleTypingRequest),
			},
			{
				name: 'Update Last Seen',
				value: 'updateLastSeen',
				action: 'Mark a conversation as seen by the contact',
				routing: chatwootRouting(
					'POST',
					`${CONVERSATION_URL}/update_last_seen`,
					clientConversationUpdateLastSeenRequest,
				),
			},
		],
		default: 'create',
	},
	...clientConversationIdentifierFields,
	...clientConversationCreateDescription,
	...clientConversationGetAllDescription,
	...clientConversationToggleTypingDescription,
];
