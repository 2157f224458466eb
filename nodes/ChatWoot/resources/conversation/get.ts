import type { INodeProperties } from 'n8n-workflow';
import { downloadAttachmentsFields } from '../../shared/attachments';
import { buildRequest } from '../../shared/request';
import { conversationPath } from './fields';

export const conversationGetRequest = buildRequest({ path: conversationPath });

export const conversationGetDescription: INodeProperties[] = [
	// Chatwoot's conversation view carries its latest message (messages[0]) and the latest
	// non-activity one, with their attachments; older messages: Message > Get Many.
	...downloadAttachmentsFields(
		{ resource: ['conversation'], operation: ['get'] },
		"the conversation's latest message (the only one Chatwoot includes; use Message > Get Many for the others)",
	),
];
