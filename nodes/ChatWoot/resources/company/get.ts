import { defineOperation } from '../../shared/declare/operation';
import { COMPANY_URL, companyLocator, companyPath, unwrapCompany } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a company',
	method: 'GET',
	enterprise: true,
	url: COMPANY_URL,
	request: { path: companyPath },
	fields: [companyLocator],
	output: [unwrapCompany],
});
