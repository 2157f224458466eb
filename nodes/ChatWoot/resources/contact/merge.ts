import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, locator } from '../../shared/request';
import { invalid } from '../../shared/validators';
import { contactLocator } from './fields';

export const contactMergeRequest = buildRequest({
	path: { account_id: ACCOUNT },
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
});

export const contactMergeDescription: INodeProperties[] = [
	contactLocator(['merge'], 'baseContact', 'Base Contact', 'The contact that remains and receives everything'),
	contactLocator(
		['merge'],
		'mergeeContact',
		'Contact to Merge',
		'The contact whose conversations, labels and attributes move to the base contact; it is then deleted. This cannot be undone.',
	),
];
