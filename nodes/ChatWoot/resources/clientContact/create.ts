import type { INodeProperties } from 'n8n-workflow';
import { INBOX_IDENTIFIER, inboxIdentifierField } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';
import { contactAttributeOptions, contactAttributes, showFor } from './fields';

// Everything is optional: Chatwoot creates an anonymous contact and answers its source_id,
// the Contact Identifier of every later client API call.
export const clientContactCreateRequest = buildRequest({
	path: { inbox_identifier: INBOX_IDENTIFIER },
	body: contactAttributes('additionalFields'),
});

export const clientContactCreateDescription: INodeProperties[] = [
	inboxIdentifierField(showFor('create')),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('create') },
		options: contactAttributeOptions,
	},
];
