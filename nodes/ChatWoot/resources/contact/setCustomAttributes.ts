import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { jsonObject } from '../../../shared/fields/validators';
import { CONTACT_URL, contactLocator, contactOutput, contactPath } from './fields';

// Set goes through Update (PUT) with only the given keys: Chatwoot merges custom_attributes
// into the stored ones (ContactsController#update), so keys not named keep their values, and
// no read means no stale copy of another key is written back.
export const setCustomAttributes = defineOperation({
	value: 'setCustomAttributes',
	name: 'Set Custom Attributes',
	action: 'Set custom attributes of a contact',
	description: 'Set some custom attributes and keep the others',
	method: 'PUT',
	url: CONTACT_URL,
	request: {
		path: contactPath,
		body: { custom_attributes: required('contactCustomAttributes', 'Custom Attributes', jsonObject) },
	},
	fields: [
		contactLocator,
		{
			displayName: 'Custom Attributes',
			name: 'contactCustomAttributes',
			type: 'json',
			required: true,
			default: '',
			description:
				'JSON object of the attributes to set, e.g. {"plan": "pro"}; attributes not named keep their values',
		},
	],
	output: [contactOutput],
});
