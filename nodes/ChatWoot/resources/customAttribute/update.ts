import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import {
	attributeModel,
	attributeModelField,
	customAttributePath,
	customAttributeSettingOptions,
	customAttributeSettings,
	displayType,
	displayTypeField,
} from './fields';

export const customAttributeUpdateRequest = buildRequest({
	path: customAttributePath,
	body: {
		attribute_display_name: optional('customAttributeUpdateFields.attribute_display_name', 'Display Name', text),
		attribute_key: optional('customAttributeUpdateFields.attribute_key', 'Key', text),
		attribute_model: optional('customAttributeUpdateFields.attribute_model', 'Applies To', attributeModel),
		attribute_display_type: optional('customAttributeUpdateFields.attribute_display_type', 'Type', displayType),
		...customAttributeSettings('customAttributeUpdateFields'),
	},
});

const displayNameOption: INodeProperties = {
	displayName: 'Display Name',
	name: 'attribute_display_name',
	type: 'string',
	default: '',
};

const keyOption: INodeProperties = {
	displayName: 'Key',
	name: 'attribute_key',
	type: 'string',
	default: '',
};

export const customAttributeUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'customAttributeUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['customAttribute'], operation: ['update'] } },
		description: 'Only the fields added here are sent; everything else stays as it is',
		// the editor lists collection options alphabetically
		options: [
			attributeModelField,
			displayNameOption,
			displayTypeField,
			keyOption,
			...customAttributeSettingOptions,
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];
