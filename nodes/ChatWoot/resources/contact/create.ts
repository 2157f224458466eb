import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, locator, ACCOUNT } from '../../shared/request';
import { contactDetailOptions, contactDetails, inboxLocator, showFor } from './fields';

export const contactCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		inbox_id: locator('contactInbox', 'Inbox'),
		...contactDetails('contactAdditionalFields'),
	},
});

export const contactCreateDescription: INodeProperties[] = [
	inboxLocator(
		'contactInbox',
		'create',
		'Inbox the contact is reachable through (Chatwoot creates the contact inbox)',
	),
	{
		displayName: 'Additional Fields',
		name: 'contactAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('create') },
		options: contactDetailOptions(false),
	},
];
