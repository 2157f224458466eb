import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, locator, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { contactPath, inboxLocator, showFor } from './fields';

export const contactCreateContactInboxRequest = buildRequest({
	path: contactPath,
	body: {
		inbox_id: locator('contactNewInbox', 'Inbox'),
		source_id: optional('contactInboxAdditionalFields.source_id', 'Source ID', text),
	},
});

export const contactCreateContactInboxDescription: INodeProperties[] = [
	inboxLocator('contactNewInbox', 'createContactInbox', 'Inbox to make the contact reachable in'),
	{
		displayName: 'Additional Fields',
		name: 'contactInboxAdditionalFields',
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
