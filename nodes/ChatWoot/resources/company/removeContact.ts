import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { ACCOUNT, locator } from '../../shared/request/fieldSources';
import { COMPANY_PARTS_URL, companyLocator } from './fields';

export const removeContact = defineOperation({
	value: 'removeContact',
	name: 'Remove Contact',
	action: 'Remove a contact from a company',
	description: 'Take a contact out of the company; the contact stays',
	method: 'DELETE',
	enterprise: true,
	url: `${COMPANY_PARTS_URL}/contacts/{id}`,
	request: {
		path: { account_id: ACCOUNT, company_id: locator('company', 'Company'), id: locator('companyMember', 'Contact') },
	},
	fields: [companyLocator, { ...relatedLocator('contact', 'companyMember', 'A contact of the company'), required: true }],
});
