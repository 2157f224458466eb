import type { INodeProperties } from 'n8n-workflow';
import { ownName } from '../declare/parameterNames';
import { required, type FieldSource } from '../request/fieldSources';
import { pathSegment, positiveInteger } from '../../../shared/fields/validators';

// Identifiers of the client (public) API: the inbox identifier of an API channel and the
// contact's source ID. Both go into the path.
const inboxIdentifierCheck = pathSegment('an inbox identifier', 'GJwW2sKqP1tRKhZ9WbGzQi6o');
const contactIdentifierCheck = pathSegment('a contact identifier', '0f3a4c2e-5b7d-4e8f-9a1b-2c3d4e5f6a7b');

type ClientField = 'inboxIdentifier' | 'contactIdentifier' | 'conversationId';

/** The resource whose own record each identifier names: there it keeps the plain name. */
const RECORD_OF: Record<ClientField, string> = {
	inboxIdentifier: 'clientInbox',
	contactIdentifier: 'clientContact',
	conversationId: 'clientConversation',
};

/** Parameter name of a client identifier field in `resource` (unique across the node: see parameterNames.ts). */
function clientFieldName(resource: string, field: ClientField): string {
	return RECORD_OF[field] === resource ? field : ownName(resource, field);
}

export function inboxIdentifier(resource: string): FieldSource {
	return required(clientFieldName(resource, 'inboxIdentifier'), 'Inbox Identifier', inboxIdentifierCheck);
}

export function contactIdentifier(resource: string): FieldSource {
	return required(clientFieldName(resource, 'contactIdentifier'), 'Contact Identifier', contactIdentifierCheck);
}

/** The conversation's number as the contact sees it (Chatwoot's display_id). */
export function conversationId(resource: string): FieldSource {
	return required(clientFieldName(resource, 'conversationId'), 'Conversation ID', positiveInteger);
}

export function inboxIdentifierField(resource: string): INodeProperties {
	return {
		displayName: 'Inbox Identifier',
		name: clientFieldName(resource, 'inboxIdentifier'),
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. GJwW2sKqP1tRKhZ9WbGzQi6o',
		description:
			"Identifier of an API channel inbox (Settings > Inboxes > the inbox > Configuration). The client API needs no access token: this identifier is the key.",
	};
}

export function contactIdentifierField(resource: string): INodeProperties {
	return {
		displayName: 'Contact Identifier',
		name: clientFieldName(resource, 'contactIdentifier'),
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 0f3a4c2e-5b7d-4e8f-9a1b-2c3d4e5f6a7b',
		description:
			'The source_id Chatwoot returned when the contact was created through the client API',
	};
}

export function conversationIdField(resource: string): INodeProperties {
	return {
		displayName: 'Conversation ID',
		name: clientFieldName(resource, 'conversationId'),
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'Number of the conversation, as in the dashboard address (its display ID)',
	};
}
