import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import {
	attributeModel,
	attributeModelField,
	customAttributeLocator,
	customAttributePath,
	customAttributeSettingOptions,
	customAttributeSettings,
	displayType,
	displayTypeField,
} from './fields';

export const customAttributeUpdateRequest = buildRequest({
	path: customAttributePath,
	body: {
		attribute_display_name: optional('updateFields.attribute_display_name', 'Display Name', text),
		attribute_key: optional('updateFields.attribute_key', 'Key', text),
		attribute_model: optional('updateFields.attribute_model', 'Applies To', attributeModel),
		attribute_display_type: optional('updateFields.attribute_display_type', 'Type', displayType),
		...customAttributeSettings('updateFields'),
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
	customAttributeLocator('update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
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
