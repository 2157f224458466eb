import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { contactDetailOptions, contactDetails, contactPath, showFor } from './fields';

export const contactUpdateRequest = buildRequest({
	path: contactPath,
	body: contactDetails('contactUpdateFields'),
});

export const contactUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'contactUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('update') },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: contactDetailOptions(true),
	},
];
