import { buildRequest } from '../../shared/request';
import { conversationPath } from './fields';

// Despite the name, the client API only resolves (a resolved conversation stays resolved).
export const clientConversationToggleStatusRequest = buildRequest({ path: conversationPath });
