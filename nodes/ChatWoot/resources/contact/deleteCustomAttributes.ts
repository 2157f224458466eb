import { keyList } from '../../shared/fields/formats';
import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { contactLocator, contactOutput, contactPath } from './fields';

// Update merges custom_attributes into the stored ones and so cannot remove a key; Chatwoot's
// dashboard removes them with POST .../contacts/{id}/destroy_custom_attributes (not in the spec).
export const deleteCustomAttributes = defineOperation({
	value: 'deleteCustomAttributes',
	name: 'Delete Custom Attributes',
	action: 'Delete custom attributes of a contact',
	description: 'Remove the named custom attributes and keep the others',
	method: 'POST',
	url: '/api/v1/accounts/{account_id}/contacts/{id}/destroy_custom_attributes',
	request: {
		path: contactPath,
		body: { custom_attributes: required('contactAttributeKeys', 'Attribute Keys', keyList) },
	},
	fields: [
		contactLocator,
		{
			displayName: 'Attribute Keys',
			name: 'contactAttributeKeys',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. plan, seats',
			description: 'Keys of the custom attributes to remove, comma-separated; the others are kept',
		},
	],
	output: [contactOutput],
});
