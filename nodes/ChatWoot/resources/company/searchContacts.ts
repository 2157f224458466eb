import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { COMPANY_PARTS_URL, companyLocator, companyPartsPath } from './fields';

export const searchContacts = defineOperation({
	value: 'searchContacts',
	name: 'Search Contacts to Add',
	action: 'Search contacts to add to a company',
	description: 'Find contacts that are not in the company yet, by name, email, phone number or identifier',
	method: 'GET',
	enterprise: true,
	url: `${COMPANY_PARTS_URL}/contacts/search`,
	request: { path: companyPartsPath, query: { q: required('companyContactSearchText', 'Search Text', requiredText) } },
	fields: [
		companyLocator,
		{
			displayName: 'Search Text',
			name: 'companyContactSearchText',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. @acme.com',
			description: 'Part of the name, email, phone number or identifier',
		},
		RETURN_ALL_AND_LIMIT,
	],
	list: { records: ['payload'], pagination: byPage(15) },
});
