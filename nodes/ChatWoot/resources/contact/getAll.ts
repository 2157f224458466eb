import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { showFor, sortOption, sortQuery } from './fields';

// Chatwoot lists only "resolved" contacts here: those with an email, phone number or identifier.
export const contactGetAllRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: { sort: sortQuery },
});

export const contactGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('contact', ['getAll']),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('getAll') },
		options: [sortOption],
	},
];
