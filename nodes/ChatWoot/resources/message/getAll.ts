import type { INodeProperties } from 'n8n-workflow';
import { downloadAttachmentsFields } from '../../shared/attachments';
import { buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { conversationPath } from './fields';

// Paged by the `before` cursor (shared/pagination.ts byMessageCursor), newest first.
export const messageGetAllRequest = buildRequest({ path: conversationPath });

export const messageGetAllDescription: INodeProperties[] = [
	// With a Limit, the most recent messages are the ones kept.
	...returnAllAndLimit('message', ['getAll']).map((field) =>
		field.name === 'messageLimit'
			? { ...field, description: 'Max number of results to return, the most recent ones' }
			: field,
	),
	...downloadAttachmentsFields({ resource: ['message'], operation: ['getAll'] }, 'the messages'),
];
