import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { contactLocator, contactPath } from './fields';

// Chatwoot answers with the contact's 20 latest conversations in the user's inboxes, unpaged.
export const contactGetConversationsRequest = buildRequest({ path: contactPath });

export const contactGetConversationsDescription: INodeProperties[] = [
	contactLocator(['getConversations']),
	...returnAllAndLimit('contact', ['getConversations']),
];
