import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, locator, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { contactLocator, contactPath, inboxLocator, showFor } from './fields';

export const contactCreateContactInboxRequest = buildRequest({
	path: contactPath,
	body: {
		inbox_id: locator('inbox', 'Inbox'),
		source_id: optional('additionalFields.source_id', 'Source ID', text),
	},
});

export const contactCreateContactInboxDescription: INodeProperties[] = [
	contactLocator(['createContactInbox']),
	inboxLocator('createContactInbox', 'Inbox to make the contact reachable in'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('createContactInbox') },
		options: [
			{
				displayName: 'Source ID',
				name: 'source_id',
				type: 'string',
				default: '',
				description:
					"The contact's ID in the channel (e.g. a phone number or an API channel identifier); Chatwoot makes one up if empty",
			},
		],
	},
];
