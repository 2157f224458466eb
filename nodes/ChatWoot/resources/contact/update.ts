import { defineOperation } from '../../shared/declare/operation';
import { CONTACT_URL, contactDetailOptions, contactDetails, contactLocator, contactOutput, contactPath } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a contact',
	method: 'PUT',
	url: CONTACT_URL,
	request: { path: contactPath, body: contactDetails('contactUpdateFields') },
	fields: [
		contactLocator,
		{
			displayName: 'Update Fields',
			name: 'contactUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: contactDetailOptions(true),
		},
	],
	output: [contactOutput],
});
