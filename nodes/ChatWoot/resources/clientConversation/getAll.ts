import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { contactPath } from './fields';

// Every conversation of the contact in the inbox at once (no pages).
export const clientConversationGetAllRequest = buildRequest({ path: contactPath });

export const clientConversationGetAllDescription: INodeProperties[] = returnAllAndLimit('clientConversation', [
	'getAll',
]);
