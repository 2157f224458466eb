import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { contactDetailOptions, contactDetails, contactLocator, contactPath, showFor } from './fields';

export const contactUpdateRequest = buildRequest({
	path: contactPath,
	body: contactDetails('updateFields'),
});

export const contactUpdateDescription: INodeProperties[] = [
	contactLocator(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('update') },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: contactDetailOptions(true),
	},
];
