import { defineOperation } from '../../shared/declare/operation';
import { locator } from '../../shared/request/fieldSources';
import { invalid } from '../../../shared/fields/validators';
import { contactLocatorField, contactsPath } from './fields';

export const merge = defineOperation({
	value: 'merge',
	name: 'Merge',
	action: 'Merge two contacts',
	description: 'Move everything of one contact to another and delete the first',
	method: 'POST',
	url: '/api/v1/accounts/{account_id}/actions/contact_merge',
	request: {
		path: contactsPath,
		body: {
			base_contact_id: locator('baseContact', 'Base Contact'),
			mergee_contact_id: locator('mergeeContact', 'Contact to Merge'),
		},
		adjust(built) {
			// Chatwoot would merge the contact into itself and then delete it.
			if (built.body.base_contact_id === built.body.mergee_contact_id) {
				throw invalid(this, 'Contact to Merge', 'must be a different contact than the Base Contact');
			}
		},
	},
	fields: [
		contactLocatorField('baseContact', 'Base Contact', 'The contact that remains and receives everything'),
		contactLocatorField(
			'mergeeContact',
			'Contact to Merge',
			'The contact whose conversations, labels and attributes move to the base contact; it is then deleted. This cannot be undone.',
		),
	],
});
