import type { INodeProperties } from 'n8n-workflow';
import { clientFields } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';
import { conversationPath, showFor } from './fields';

// Marks the conversation's messages as read by the contact, now.
export const clientConversationUpdateLastSeenRequest = buildRequest({ path: conversationPath });

export const clientConversationUpdateLastSeenDescription: INodeProperties[] = clientFields(
	showFor('updateLastSeen'),
	true,
);
