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
	// The controller reads params[:contact_id] (companies/contacts_controller.rb `create`),
	// which Rails fills from the query string as from a body.
	request: { path: companyPartsPath, query: { contact_id: locator('companyContact', 'Contact') } },
	fields: [companyLocator, { ...relatedLocator('contact', 'companyContact', 'The contact to add'), required: true }],
	output: [unwrap('payload')],
});
