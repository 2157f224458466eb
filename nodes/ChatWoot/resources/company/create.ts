import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { COMPANIES_URL, companiesPath, companySettingOptions, companySettings, unwrapCompany } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a company',
	method: 'POST',
	enterprise: true,
	url: COMPANIES_URL,
	request: {
		path: companiesPath,
		body: { name: required('companyName', 'Name', requiredText), ...companySettings('companyAdditionalFields') },
	},
	fields: [
		{
			displayName: 'Name',
			name: 'companyName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Acme Inc.',
		},
		{
			displayName: 'Additional Fields',
			name: 'companyAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: companySettingOptions('JSON object of custom attribute values, e.g. {"plan": "enterprise"}'),
		},
	],
	output: [unwrapCompany],
});
