import type { INodeProperties } from 'n8n-workflow';
import { downloadAttachmentsFields } from '../../shared/attachments';
import { buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { conversationPath, showFor } from './fields';

// Newest 20 first, then `before=<oldest id>` (byMessageCursor in the routing); private
// notes and activity messages are never shown to the contact.
export const clientMessageGetAllRequest = buildRequest({ path: conversationPath });

export const clientMessageGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('clientMessage', ['getAll']),
	...downloadAttachmentsFields(showFor('getAll'), 'the messages'),
];
