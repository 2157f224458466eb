import { buildRequest } from '../../shared/request';
import { conversationPath } from './fields';

// Marks the conversation's messages as read by the contact, now.
export const clientConversationUpdateLastSeenRequest = buildRequest({ path: conversationPath });
