import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator, optional, type FieldSource } from '../../shared/request/fieldSources';
import { idLocator } from '../../../shared/fields/locators';
import { integerBetween } from '../../shared/fields/numberChecks';
import { stringList, text } from '../../../shared/fields/validators';

export const ATTRIBUTES_URL = '/api/v1/accounts/{account_id}/custom_attribute_definitions';
export const ATTRIBUTE_URL = '/api/v1/accounts/{account_id}/custom_attribute_definitions/{id}';

export const customAttributesPath = { account_id: ACCOUNT };
export const customAttributePath = { account_id: ACCOUNT, id: locator('customAttribute', 'Custom Attribute') };

export const customAttributeLocator: INodeProperties = idLocator({
	name: 'customAttribute',
	displayName: 'Custom Attribute',
	searchListMethod: 'getCustomAttributes',
});

export const attributeModel = integerBetween(0, 1);
export const displayType = integerBetween(0, 7);

// Chatwoot's enums: attribute_model and attribute_display_type are sent as their numbers.
export const attributeModelField: INodeProperties = {
	displayName: 'Applies To',
	name: 'attribute_model',
	type: 'options',
	default: 0,
	options: [
		{ name: 'Contacts', value: 1 },
		{ name: 'Conversations', value: 0 },
	],
};

export const displayTypeField: INodeProperties = {
	displayName: 'Type',
	name: 'attribute_display_type',
	type: 'options',
	default: 0,
	description: 'How the value is entered and shown',
	options: [
		{ name: 'Checkbox', value: 7 },
		{ name: 'Currency', value: 2 },
		{ name: 'Date', value: 5 },
		{ name: 'Link', value: 4 },
		{ name: 'List', value: 6 },
		{ name: 'Number', value: 1 },
		{ name: 'Percent', value: 3 },
		{ name: 'Text', value: 0 },
	],
};

/** Optional settings shared by Create (Additional Fields) and Update (Update Fields). */
export function customAttributeSettings(collection: string): Record<string, FieldSource> {
	return {
		attribute_description: optional(`${collection}.attribute_description`, 'Description', text),
		attribute_values: optional(`${collection}.attribute_values`, 'List Values', stringList),
		regex_pattern: optional(`${collection}.regex_pattern`, 'Regex Pattern', text),
		regex_cue: optional(`${collection}.regex_cue`, 'Regex Cue', text),
	};
}

export const customAttributeSettingOptions: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'attribute_description',
		type: 'string',
		default: '',
	},
	{
		displayName: 'List Values',
		name: 'attribute_values',
		type: 'string',
		default: '',
		placeholder: 'e.g. gold, silver, bronze',
		description: 'Comma-separated choices of a List attribute',
	},
	{
		displayName: 'Regex Cue',
		name: 'regex_cue',
		type: 'string',
		default: '',
		description: 'Hint shown when a Text value does not match the regex pattern',
	},
	{
		displayName: 'Regex Pattern',
		name: 'regex_pattern',
		type: 'string',
		default: '',
		placeholder: 'e.g. ^[A-Z]{3}-\\d+$',
		description: 'Regular expression Text values must match',
	},
];
