import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { oneOf } from '../../shared/validators';

// Chatwoot lists one model's attributes at a time, all at once (no pagination).
export const customAttributeGetAllRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: { attribute_model: required('attributeModel', 'Applies To', oneOf(['0', '1'])) },
});

export const customAttributeGetAllDescription: INodeProperties[] = [
	{
		displayName: 'Applies To',
		name: 'attributeModel',
		type: 'options',
		required: true,
		default: '0',
		options: [
			{ name: 'Contacts', value: '1' },
			{ name: 'Conversations', value: '0' },
		],
		displayOptions: { show: { resource: ['customAttribute'], operation: ['getAll'] } },
	},
	...returnAllAndLimit('customAttribute', ['getAll']),
];
