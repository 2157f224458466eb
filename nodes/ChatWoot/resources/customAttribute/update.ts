import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import {
	ATTRIBUTE_URL,
	attributeModel,
	attributeModelField,
	customAttributeLocator,
	customAttributePath,
	customAttributeSettingOptions,
	customAttributeSettings,
	displayType,
	displayTypeField,
} from './fields';

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

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a custom attribute',
	method: 'PATCH',
	url: ATTRIBUTE_URL,
	request: {
		path: customAttributePath,
		body: {
			attribute_display_name: optional('customAttributeUpdateFields.attribute_display_name', 'Display Name', text),
			attribute_key: optional('customAttributeUpdateFields.attribute_key', 'Key', text),
			attribute_model: optional('customAttributeUpdateFields.attribute_model', 'Applies To', attributeModel),
			attribute_display_type: optional('customAttributeUpdateFields.attribute_display_type', 'Type', displayType),
			...customAttributeSettings('customAttributeUpdateFields'),
		},
	},
	fields: [
		customAttributeLocator,
		{
			displayName: 'Update Fields',
			name: 'customAttributeUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
});
