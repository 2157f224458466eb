import type { IDataObject } from 'n8n-workflow';
import { mergeCustomAttributes } from '../../shared/fields/attributes';
import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { jsonObject } from '../../../shared/fields/validators';
import { CUSTOM_ATTRIBUTES_URL, conversationLocator, conversationPath, conversationUrl } from './fields';

// Chatwoot's custom_attributes endpoint replaces the whole object, so Set and Delete Custom
// Attributes read the conversation first and write every attribute back: keys not named are never lost.
export const setCustomAttributes = defineOperation({
	value: 'setCustomAttributes',
	name: 'Set Custom Attributes',
	action: 'Set custom attributes of a conversation',
	description: 'Set some custom attributes and keep the others',
	method: 'POST',
	url: CUSTOM_ATTRIBUTES_URL,
	request: {
		path: conversationPath,
		body: { custom_attributes: required('conversationCustomAttributes', 'Custom Attributes', jsonObject) },
		adjust: mergeCustomAttributes(
			conversationUrl,
			(ctx) => (ctx.getNodeParameter('conversationCustomAttributeOptions', {}) as IDataObject).replace === true,
		),
	},
	fields: [
		conversationLocator,
		{
			displayName: 'Custom Attributes',
			name: 'conversationCustomAttributes',
			type: 'json',
			required: true,
			default: '',
			description:
				'JSON object of the attributes to set, e.g. {"order_id": "A-1001"}; attributes not named keep their values',
		},
		{
			displayName: 'Options',
			name: 'conversationCustomAttributeOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
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
	],
});
