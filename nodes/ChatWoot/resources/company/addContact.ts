import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { unwrap } from '../../shared/response/output';
import { locator } from '../../shared/request/fieldSources';
import { COMPANY_PARTS_URL, companyLocator, companyPartsPath } from './fields';

export const addContact = defineOperation({
	value: 'addContact',
	name: 'Add Contact',
	action: 'Add a contact to a company',
	description: 'Make a contact belong to the company (a contact belongs to one company at most)',
	method: 'POST',
	enterprise: true,
	url: `${COMPANY_PARTS_URL}/contacts`,
	// companies/contacts_controller.rb `create` reads params[:contact_id]
	request: { path: companyPartsPath, body: { contact_id: locator('companyContact', 'Contact') } },
	fields: [companyLocator, { ...relatedLocator('contact', 'companyContact', 'The contact to add'), required: true }],
	output: [unwrap('payload')],
});
