import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { invalid, stringList, type Check } from '../../../shared/fields/validators';
import { COMPANY_URL, companyLocator, companyPath, unwrapCompany } from './fields';

const attributeKeys: Check<string[]> = (value, field, ctx) => {
	const keys = stringList(value, field, ctx);
	if (keys.length === 0) throw invalid(ctx, field, 'name at least one attribute key');
	return keys;
};

export const deleteCustomAttributes = defineOperation({
	value: 'deleteCustomAttributes',
	name: 'Delete Custom Attributes',
	action: 'Delete custom attributes of a company',
	description: 'Remove custom attributes from a company by key; the others stay',
	method: 'POST',
	enterprise: true,
	url: `${COMPANY_URL}/destroy_custom_attributes`,
	// companies_controller.rb `custom_attributes_to_destroy` reads params[:custom_attributes], an array
	request: { path: companyPath, body: { custom_attributes: required('companyAttributeKeys', 'Attribute Keys', attributeKeys) } },
	fields: [
		companyLocator,
		{
			displayName: 'Attribute Keys',
			name: 'companyAttributeKeys',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. plan, region',
			description: 'Keys of the custom attributes to remove, comma-separated',
		},
	],
	output: [unwrapCompany],
});
