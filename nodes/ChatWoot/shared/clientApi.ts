import type { INodeProperties } from 'n8n-workflow';
import { required, type FieldSource } from './request';
import { invalid, positiveInteger, text, type Check } from './validators';

/**
 * Identifiers of the client (public) API: the inbox identifier of an API channel and the
 * contact's source ID. They go into the path, so a slash would address another resource.
 */
export const clientIdentifier: Check<string> = (value, field, ctx) => {
	const result = value === undefined || value === null ? '' : text(value, field, ctx).trim();
	if (result === '') throw invalid(ctx, field, 'is required and cannot be empty');
	if (/[/\\?#\s]/.test(result)) {
		throw invalid(ctx, field, `must not contain slashes, spaces, ? or #, got "${result}"`);
	}
	return result;
};

export const INBOX_IDENTIFIER: FieldSource = required('inboxIdentifier', 'Inbox Identifier', clientIdentifier);
export const CONTACT_IDENTIFIER: FieldSource = required(
	'contactIdentifier',
	'Contact Identifier',
	clientIdentifier,
);

type Show = { resource: string[]; operation: string[] };

export function inboxIdentifierField(show: Show): INodeProperties {
	return {
		displayName: 'Inbox Identifier',
		name: 'inboxIdentifier',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. GJwW2sKqP1tRKhZ9WbGzQi6o',
		description:
			"Identifier of an API channel inbox (Settings > Inboxes > the inbox > Configuration). The client API needs no access token: this identifier is the key.",
		displayOptions: { show },
	};
}

export function contactIdentifierField(show: Show): INodeProperties {
	return {
		displayName: 'Contact Identifier',
		name: 'contactIdentifier',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 0f3a4c2e-5b7d-4e8f-9a1b-2c3d4e5f6a7b',
		description:
			'The source_id Chatwoot returned when the contact was created through the client API',
		displayOptions: { show },
	};
}

/** The conversation's number as the contact sees it (Chatwoot's display_id). */
export const CONVERSATION_ID: FieldSource = required('conversationId', 'Conversation ID', positiveInteger);

export function conversationIdField(show: Show): INodeProperties {
	return {
		displayName: 'Conversation ID',
		name: 'conversationId',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'Number of the conversation, as in the dashboard address (its display ID)',
		displayOptions: { show },
	};
}

/** Inbox and contact identifiers, plus the conversation when `withConversation`. */
export function clientFields(show: Show, withConversation: boolean): INodeProperties[] {
	const fields = [inboxIdentifierField(show), contactIdentifierField(show)];
	return withConversation ? [...fields, conversationIdField(show)] : fields;
}
