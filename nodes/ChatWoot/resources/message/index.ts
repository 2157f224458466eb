import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';
import { withAttachmentDownloads } from '../../shared/attachments';
import { multipartWhenFiles } from '../../shared/multipart';
import { byMessageCursor } from '../../shared/pagination';
import { chatwootListRouting, chatwootRouting } from '../../shared/routing';
import { messageAttachments, messageCreateDescription, messageCreateRequest } from './create';
import { messageDeleteDescription, messageDeleteRequest } from './delete';
import { messageConversationLocator } from './fields';
import { messageGetAllDescription, messageGetAllRequest } from './getAll';

const showOnlyForMessages = {
	resource: ['message'],
};

const MESSAGES_URL = '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages';

function createRouting(): INodePropertyRouting {
	const routing = chatwootRouting('POST', MESSAGES_URL, messageCreateRequest);
	// With attachments the message goes out as multipart/form-data, content_attributes as
	// JSON text (Chatwoot's MessageBuilder parses it).
	routing.send!.preSend!.push(multipartWhenFiles(messageAttachments, ['content_attributes']));
	return routing;
}

export const messageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForMessages },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Send a message',
				description: 'Send a message or private note in a conversation, with files if wanted',
				routing: createRouting(),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a message',
				routing: chatwootRouting('DELETE', `${MESSAGES_URL}/{message_id}`, messageDeleteRequest),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages',
				description: 'Get the messages of a conversation, oldest first',
				routing: withAttachmentDownloads(
					chatwootListRouting(MESSAGES_URL, messageGetAllRequest, {
						records: ['payload'],
						pagination: byMessageCursor(),
					}),
				),
			},
		],
		default: 'create',
	},
	messageConversationLocator,
	...messageCreateDescription,
	...messageDeleteDescription,
	...messageGetAllDescription,
];
