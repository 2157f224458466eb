import type { INodeProperties } from 'n8n-workflow';
import {
	contactIdentifier,
	contactIdentifierField,
	conversationId,
	conversationIdField,
	inboxIdentifier,
	inboxIdentifierField,
} from '../../shared/clientApi';

export const contactPath = {
	inbox_identifier: inboxIdentifier('clientConversation'),
	contact_identifier: contactIdentifier('clientConversation'),
};

export const conversationPath = { ...contactPath, conversation_id: conversationId('clientConversation') };

export const showFor = (operation: string) => ({
	resource: ['clientConversation'],
	operation: [operation],
});

const EVERY_OPERATION = ['create', 'get', 'getAll', 'toggleStatus', 'toggleTyping', 'updateLastSeen'];

/** The identifiers, each one field for every operation that needs it. */
export const clientConversationIdentifierFields: INodeProperties[] = [
	inboxIdentifierField('clientConversation', EVERY_OPERATION),
	contactIdentifierField('clientConversation', EVERY_OPERATION),
	conversationIdField('clientConversation', ['get', 'toggleStatus', 'toggleTyping', 'updateLastSeen']),
];
