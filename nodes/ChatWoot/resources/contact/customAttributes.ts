import type { INodeProperties } from 'n8n-workflow';
import { keyList } from '../../shared/formats';
import { buildRequest, required } from '../../shared/request';
import { jsonObject } from '../../shared/validators';
import { contactPath, showFor } from './fields';

// Set goes through Update (PUT) with only the given keys: Chatwoot merges custom_attributes
// into the stored ones (ContactsController#update), so keys not named keep their values, and
// no read means no stale copy of another key is written back.
export const contactSetCustomAttributesRequest = buildRequest({
	path: contactPath,
	body: { custom_attributes: required('contactCustomAttributes', 'Custom Attributes', jsonObject) },
});

// Update merges custom_attributes into the stored ones and so cannot remove a key; Chatwoot's
// dashboard removes them with POST .../contacts/{id}/destroy_custom_attributes (not in the spec).
export const contactDeleteCustomAttributesRequest = buildRequest({
	path: contactPath,
	body: { custom_attributes: required('contactAttributeKeys', 'Attribute Keys', keyList) },
});

export const contactCustomAttributesDescription: INodeProperties[] = [
	{
		displayName: 'Custom Attributes',
		name: 'contactCustomAttributes',
		type: 'json',
		required: true,
		default: '',
		description:
			'JSON object of the attributes to set, e.g. {"plan": "pro"}; attributes not named keep their values',
		displayOptions: { show: showFor('setCustomAttributes') },
	},
	{
		displayName: 'Attribute Keys',
		name: 'contactAttributeKeys',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. plan, seats',
		description: 'Keys of the custom attributes to remove, comma-separated; the others are kept',
		displayOptions: { show: showFor('deleteCustomAttributes') },
	},
];
