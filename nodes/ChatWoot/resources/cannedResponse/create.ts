import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import { contentDescription, shortCodeDescription } from './fields';

const showOnlyForCannedResponseCreate = {
	resource: ['cannedResponse'],
	operation: ['create'],
};

export const cannedResponseCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		short_code: required('short_code', 'Short Code', requiredText),
		content: required('cannedResponseContent', 'Content', requiredText),
	},
});

export const cannedResponseCreateDescription: INodeProperties[] = [
	{
		displayName: 'Short Code',
		name: 'short_code',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. welcome',
		description: shortCodeDescription,
		displayOptions: { show: showOnlyForCannedResponseCreate },
	},
	{
		displayName: 'Content',
		name: 'cannedResponseContent',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: contentDescription,
		displayOptions: { show: showOnlyForCannedResponseCreate },
	},
];
