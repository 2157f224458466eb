import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { deleteCustomAttributes, mergeCustomAttributes } from '../../shared/attributes';
import { buildRequest, required } from '../../shared/request';
import { jsonObject } from '../../shared/validators';
import { conversationPath, conversationUrl, showFor } from './fields';

// Chatwoot's custom_attributes endpoint replaces the whole object, so both operations read
// the conversation first and write every attribute back: keys not named are never lost.
export const conversationSetCustomAttributesRequest = buildRequest({
	path: conversationPath,
	body: { custom_attributes: required('conversationCustomAttributes', 'Custom Attributes', jsonObject) },
	adjust: mergeCustomAttributes(
		conversationUrl,
		(ctx) => (ctx.getNodeParameter('conversationCustomAttributeOptions', {}) as IDataObject).replace === true,
	),
});

export const conversationDeleteCustomAttributesRequest = buildRequest({
	path: conversationPath,
	...deleteCustomAttributes(conversationUrl),
});

export const conversationCustomAttributesDescription: INodeProperties[] = [
	{
		displayName: 'Custom Attributes',
		name: 'conversationCustomAttributes',
		type: 'json',
		required: true,
		default: '',
		description:
			'JSON object of the attributes to set, e.g. {"order_id": "A-1001"}; attributes not named keep their values',
		displayOptions: { show: showFor('setCustomAttributes') },
	},
	{
		displayName: 'Options',
		name: 'conversationCustomAttributeOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('setCustomAttributes') },
		options: [
			{
				displayName: 'Replace All Attributes',
				name: 'replace',
				type: 'boolean',
				default: false,
				description:
					'Whether to replace every custom attribute with the given ones (attributes not named are removed)',
			},
		],
	},
	{
		displayName: 'Attribute Keys',
		name: 'conversationAttributeKeys',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. order_id, plan',
		description: 'Keys of the custom attributes to remove, comma-separated; the others are kept',
		displayOptions: { show: showFor('deleteCustomAttributes') },
	},
];
