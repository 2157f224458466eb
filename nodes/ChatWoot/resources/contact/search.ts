import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import { showFor, sortQuery } from './fields';

// The spec marks `q` optional, but Chatwoot answers 422 without it.
export const contactSearchRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: {
		q: required('query', 'Search Term', requiredText),
		sort: sortQuery,
	},
});

export const contactSearchDescription: INodeProperties[] = [
	{
		displayName: 'Search Term',
		name: 'query',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. jane@example.com',
		description: 'Part of the name, email, phone number or identifier, or the contact ID',
		displayOptions: { show: showFor('search') },
	},
];
