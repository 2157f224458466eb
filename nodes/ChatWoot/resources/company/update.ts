import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { COMPANY_URL, companyLocator, companyPath, companySettingOptions, companySettings, unwrapCompany } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a company',
	method: 'PATCH',
	enterprise: true,
	url: COMPANY_URL,
	request: {
		path: companyPath,
		body: { name: optional('companyUpdateFields.name', 'Name', text), ...companySettings('companyUpdateFields') },
	},
	fields: [
		companyLocator,
		{
			displayName: 'Update Fields',
			name: 'companyUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				...companySettingOptions(
					'JSON object of custom attribute values; Chatwoot merges them into the existing ones (use Delete Custom Attributes to remove one)',
				),
				{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
			],
		},
	],
	output: [unwrapCompany],
});
