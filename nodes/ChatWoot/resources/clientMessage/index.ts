import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';
import { withAttachmentDownloads } from '../../shared/attachments';
import { multipartWhenFiles } from '../../shared/multipart';
import { byMessageCursor } from '../../shared/pagination';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import {
	clientMessageAttachments,
	clientMessageCreateDescription,
	clientMessageCreateRequest,
} from './create';
import { clientMessageIdentifierFields } from './fields';
import { clientMessageGetAllDescription, clientMessageGetAllRequest } from './getAll';
import { clientMessageUpdateDescription, clientMessageUpdateRequest } from './update';

const MESSAGES_URL =
	'/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages';

function createRouting(): INodePropertyRouting {
	const routing = chatwootRouting('POST', MESSAGES_URL, clientMessageCreateRequest);
	// With attachments the message goes out as multipart/form-data (content, echo_id, files).
	routing.send!.preSend!.push(multipartWhenFiles(clientMessageAttachments));
	return routing;
}

export const clientMessageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['clientMessage'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Send a message as the contact',
				description: 'Send a message as the contact, with files if wanted',
				routing: createRouting(),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages through the client API',
				description: 'Get the messages of a conversation as the contact sees them, oldest first',
				routing: withAttachmentDownloads(
					chatwootListRouting(MESSAGES_URL, clientMessageGetAllRequest, {
						records: [''],
						// MessageFinder: 20 visible messages a page, so a shorter page is the oldest
						pagination: byMessageCursor(20),
					}),
				),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Answer a bot message as the contact',
				description: 'Submit the contact\'s choice, form values or CSAT rating for a message',
				routing: chatwootRouting('PATCH', `${MESSAGES_URL}/{message_id}`, clientMessageUpdateRequest),
			},
		],
		default: 'create',
	},
	...clientMessageIdentifierFields,
	...clientMessageCreateDescription,
	...clientMessageGetAllDescription,
	...clientMessageUpdateDescription,
];
