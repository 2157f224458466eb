import { CONTACT_IDENTIFIER, CONVERSATION_ID, INBOX_IDENTIFIER } from '../../shared/clientApi';

export const conversationPath = {
	inbox_identifier: INBOX_IDENTIFIER,
	contact_identifier: CONTACT_IDENTIFIER,
	conversation_id: CONVERSATION_ID,
};

export const showFor = (operation: string) => ({ resource: ['clientMessage'], operation: [operation] });
