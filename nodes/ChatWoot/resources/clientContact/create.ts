import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { contactAttributeOptions, contactAttributes, inboxPath, showFor } from './fields';

// Everything is optional: Chatwoot creates an anonymous contact and answers its source_id,
// the Contact Identifier of every later client API call.
export const clientContactCreateRequest = buildRequest({
	path: inboxPath,
	body: contactAttributes('clientContactAdditionalFields'),
});

export const clientContactCreateDescription: INodeProperties[] = [
	{
		displayName: 'Additional Fields',
		name: 'clientContactAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('create') },
		options: contactAttributeOptions,
	},
];
