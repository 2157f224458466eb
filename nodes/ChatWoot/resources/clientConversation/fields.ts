import { CONTACT_IDENTIFIER, CONVERSATION_ID, INBOX_IDENTIFIER } from '../../shared/clientApi';

export const contactPath = {
	inbox_identifier: INBOX_IDENTIFIER,
	contact_identifier: CONTACT_IDENTIFIER,
};

export const conversationPath = { ...contactPath, conversation_id: CONVERSATION_ID };

export const showFor = (operation: string) => ({
	resource: ['clientConversation'],
	operation: [operation],
});
