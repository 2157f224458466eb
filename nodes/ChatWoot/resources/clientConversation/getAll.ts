import type { INodeProperties } from 'n8n-workflow';
import { clientFields } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { contactPath, showFor } from './fields';

// Every conversation of the contact in the inbox at once (no pages).
export const clientConversationGetAllRequest = buildRequest({ path: contactPath });

export const clientConversationGetAllDescription: INodeProperties[] = [
	...clientFields(showFor('getAll'), false),
	...returnAllAndLimit('clientConversation', 'getAll'),
];
