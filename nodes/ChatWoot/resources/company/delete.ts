import { defineOperation } from '../../shared/declare/operation';
import { COMPANY_URL, companyLocator, companyPath } from './fields';

export const deleteCompany = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a company',
	description: 'Delete a company; its contacts stay, without a company',
	method: 'DELETE',
	enterprise: true,
	url: COMPANY_URL,
	request: { path: companyPath },
	fields: [companyLocator],
});
