import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import {
	attributeModel,
	attributeModelField,
	customAttributeSettingOptions,
	customAttributeSettings,
	displayType,
	displayTypeField,
} from './fields';

const showOnlyForCustomAttributeCreate = {
	resource: ['customAttribute'],
	operation: ['create'],
};

// Chatwoot validates the presence of display name, key, type and model.
export const customAttributeCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		attribute_display_name: required('attribute_display_name', 'Display Name', requiredText),
		attribute_key: required('attribute_key', 'Key', requiredText),
		attribute_model: required('attribute_model', 'Applies To', attributeModel),
		attribute_display_type: required('attribute_display_type', 'Type', displayType),
		...customAttributeSettings('customAttributeAdditionalFields'),
	},
});

export const customAttributeCreateDescription: INodeProperties[] = [
	{
		displayName: 'Display Name',
		name: 'attribute_display_name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForCustomAttributeCreate },
	},
	{
		displayName: 'Key',
		name: 'attribute_key',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. plan_tier',
		description: 'Unique key the value is stored under: letters, digits, underscores, dots and hyphens',
		displayOptions: { show: showOnlyForCustomAttributeCreate },
	},
	{ ...attributeModelField, required: true, displayOptions: { show: showOnlyForCustomAttributeCreate } },
	{ ...displayTypeField, required: true, displayOptions: { show: showOnlyForCustomAttributeCreate } },
	{
		displayName: 'Additional Fields',
		name: 'customAttributeAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCustomAttributeCreate },
		options: customAttributeSettingOptions,
	},
];
