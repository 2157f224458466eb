import * as clientApi from '../../shared/fields/clientApi';

export const CONVERSATIONS_URL =
	'/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations';
export const CONVERSATION_URL = `${CONVERSATIONS_URL}/{conversation_id}`;

export const contactPath = {
	inbox_identifier: clientApi.inboxIdentifier('clientConversation'),
	contact_identifier: clientApi.contactIdentifier('clientConversation'),
};

export const conversationPath = { ...contactPath, conversation_id: clientApi.conversationId('clientConversation') };

/** The identifiers, each one field for every operation that needs it. */
export const inboxIdentifierField = clientApi.inboxIdentifierField('clientConversation');
export const contactIdentifierField = clientApi.contactIdentifierField('clientConversation');
export const conversationIdField = clientApi.conversationIdField('clientConversation');

/** The fields that name the contact's conversation. */
export const conversationFields = [inboxIdentifierField, contactIdentifierField, conversationIdField];
