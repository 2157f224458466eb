import type { INodeProperties } from 'n8n-workflow';
import {
	contactIdentifier,
	contactIdentifierField,
	conversationId,
	conversationIdField,
	inboxIdentifier,
	inboxIdentifierField,
} from '../../shared/clientApi';

export const conversationPath = {
	inbox_identifier: inboxIdentifier('clientMessage'),
	contact_identifier: contactIdentifier('clientMessage'),
	conversation_id: conversationId('clientMessage'),
};

export const showFor = (operation: string) => ({ resource: ['clientMessage'], operation: [operation] });

const EVERY_OPERATION = ['create', 'getAll', 'update'];

/** The identifiers of the conversation, one field each for every operation. */
export const clientMessageIdentifierFields: INodeProperties[] = [
	inboxIdentifierField('clientMessage', EVERY_OPERATION),
	contactIdentifierField('clientMessage', EVERY_OPERATION),
	conversationIdField('clientMessage', EVERY_OPERATION),
];
