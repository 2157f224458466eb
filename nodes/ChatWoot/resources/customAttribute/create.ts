import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import {
	ATTRIBUTES_URL,
	attributeModel,
	attributeModelField,
	customAttributeSettingOptions,
	customAttributeSettings,
	customAttributesPath,
	displayType,
	displayTypeField,
} from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a custom attribute',
	description: 'Define a custom attribute of contacts or conversations',
	method: 'POST',
	url: ATTRIBUTES_URL,
	// Chatwoot validates the presence of display name, key, type and model.
	request: {
		path: customAttributesPath,
		body: {
			attribute_display_name: required('attribute_display_name', 'Display Name', requiredText),
			attribute_key: required('attribute_key', 'Key', requiredText),
			attribute_model: required('attribute_model', 'Applies To', attributeModel),
			attribute_display_type: required('attribute_display_type', 'Type', displayType),
			...customAttributeSettings('customAttributeAdditionalFields'),
		},
	},
	fields: [
		{
			displayName: 'Display Name',
			name: 'attribute_display_name',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Key',
			name: 'attribute_key',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. plan_tier',
			description: 'Unique key the value is stored under: letters, digits, underscores, dots and hyphens',
		},
		{ ...attributeModelField, required: true },
		{ ...displayTypeField, required: true },
		{
			displayName: 'Additional Fields',
			name: 'customAttributeAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: customAttributeSettingOptions,
		},
	],
});
