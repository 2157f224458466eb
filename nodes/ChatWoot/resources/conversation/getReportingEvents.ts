import { buildRequest } from '../../shared/request';
import { conversationPath } from './fields';

// Chatwoot answers with every event of the conversation at once, oldest first.
export const conversationGetReportingEventsRequest = buildRequest({ path: conversationPath });
