import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { cannedResponsePath, contentDescription, shortCodeDescription } from './fields';

export const cannedResponseUpdateRequest = buildRequest({
	path: cannedResponsePath,
	body: {
		short_code: optional('cannedResponseUpdateFields.short_code', 'Short Code', text),
		content: optional('cannedResponseUpdateFields.content', 'Content', text),
	},
});

export const cannedResponseUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'cannedResponseUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['cannedResponse'], operation: ['update'] } },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: [
			{
				displayName: 'Content',
				name: 'content',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: contentDescription,
			},
			{
				displayName: 'Short Code',
				name: 'short_code',
				type: 'string',
				default: '',
				description: shortCodeDescription,
			},
		],
	},
];
