import * as clientApi from '../../shared/fields/clientApi';

export const MESSAGES_URL =
	'/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages';

export const conversationPath = {
	inbox_identifier: clientApi.inboxIdentifier('clientMessage'),
	contact_identifier: clientApi.contactIdentifier('clientMessage'),
	conversation_id: clientApi.conversationId('clientMessage'),
};

/** The identifiers of the conversation, one field each for every operation. */
export const conversationFields = [
	clientApi.inboxIdentifierField('clientMessage'),
	clientApi.contactIdentifierField('clientMessage'),
	clientApi.conversationIdField('clientMessage'),
];
