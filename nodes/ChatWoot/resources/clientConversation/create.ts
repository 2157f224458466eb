import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { jsonObject } from '../../shared/validators';
import { contactPath, showFor } from './fields';

export const clientConversationCreateRequest = buildRequest({
	path: contactPath,
	body: {
		custom_attributes: optional('clientConversationAdditionalFields.custom_attributes', 'Custom Attributes', jsonObject),
	},
});

export const clientConversationCreateDescription: INodeProperties[] = [
	{
		displayName: 'Additional Fields',
		name: 'clientConversationAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('create') },
		options: [
			{
				displayName: 'Custom Attributes',
				name: 'custom_attributes',
				type: 'json',
				default: '',
				description: 'JSON object of custom attributes of the conversation, e.g. {"order_id": "A-1001"}',
			},
		],
	},
];
