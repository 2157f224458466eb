import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { COMPANY_PARTS_URL, companyLocator, companyPartsPath } from './fields';

export const getContacts = defineOperation({
	value: 'getContacts',
	name: 'Get Contacts',
	action: 'Get the contacts of a company',
	description: 'Get the contacts of a company, by name',
	method: 'GET',
	enterprise: true,
	url: `${COMPANY_PARTS_URL}/contacts`,
	// `page` is added by the pagination: 15 a page (Companies::ContactsController RESULTS_PER_PAGE)
	request: { path: companyPartsPath },
	fields: [companyLocator, RETURN_ALL_AND_LIMIT],
	list: { records: ['payload'], pagination: byPage(15) },
});
