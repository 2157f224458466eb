import { buildRequest } from '../../shared/request';
import { contactPath } from './fields';

// Chatwoot answers with the contact's 20 latest conversations in the user's inboxes, unpaged.
export const contactGetConversationsRequest = buildRequest({ path: contactPath });
