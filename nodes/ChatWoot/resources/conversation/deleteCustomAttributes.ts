import { deleteCustomAttributes as readAndDelete } from '../../shared/fields/attributes';
import { defineOperation } from '../../shared/declare/operation';
import { CUSTOM_ATTRIBUTES_URL, conversationLocator, conversationPath, conversationUrl } from './fields';

// The endpoint replaces the whole object: the conversation is read first and the others written back.
export const deleteCustomAttributes = defineOperation({
	value: 'deleteCustomAttributes',
	name: 'Delete Custom Attributes',
	action: 'Delete custom attributes of a conversation',
	description: 'Remove the named custom attributes and keep the others',
	method: 'POST',
	url: CUSTOM_ATTRIBUTES_URL,
	request: { path: conversationPath, ...readAndDelete(conversationUrl) },
	fields: [
		conversationLocator,
		{
			displayName: 'Attribute Keys',
			name: 'conversationAttributeKeys',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. order_id, plan',
			description: 'Keys of the custom attributes to remove, comma-separated; the others are kept',
		},
	],
});
