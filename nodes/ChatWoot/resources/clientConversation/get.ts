import { buildRequest } from '../../shared/request';
import { conversationPath } from './fields';

export const clientConversationGetRequest = buildRequest({ path: conversationPath });
