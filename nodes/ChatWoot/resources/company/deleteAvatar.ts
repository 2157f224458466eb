import { defineOperation } from '../../shared/declare/operation';
import { COMPANY_URL, companyLocator, companyPath, unwrapCompany } from './fields';

export const deleteAvatar = defineOperation({
	value: 'deleteAvatar',
	name: 'Delete Avatar',
	action: 'Delete the avatar of a company',
	method: 'DELETE',
	enterprise: true,
	url: `${COMPANY_URL}/avatar`,
	request: { path: companyPath },
	fields: [companyLocator],
	output: [unwrapCompany],
});
