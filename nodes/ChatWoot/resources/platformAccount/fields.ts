import type { INodeProperties } from 'n8n-workflow';
import { numericIdField } from '../../../shared/fields/locators';
import { optional, required, type FieldSource } from '../../shared/request/fieldSources';
import { email, invalid, jsonObject, oneOf, positiveInteger, show, text, type Check } from '../../../shared/fields/validators';

export const ACCOUNTS_URL = '/platform/api/v1/accounts';
export const ACCOUNT_URL = '/platform/api/v1/accounts/{account_id}';

export const accountIdPath = { account_id: required('accountId', 'Account ID', positiveInteger) };

/** The account, one field for every operation on an existing account. */
export const accountIdField = numericIdField({ displayName: 'Account ID', name: 'accountId' });

/**
 * features{}: Chatwoot switches each named feature on or off by its value
 * (platform accounts_controller.rb:40-43), so every value must be true or false.
 */
const featureSwitches: Check = (value, field, ctx) => {
	const features = jsonObject(value, field, ctx);
	for (const [name, on] of Object.entries(features)) {
		if (typeof on !== 'boolean') throw invalid(ctx, field, `"${name}" must be true or false, got ${show(on)}`, 'Example: {"help_center": true, "campaigns": false}');
	}
	return features;
};

/** The optional account settings shared by Create (Additional Fields) and Update (Update Fields). */
export function accountSettings(collection: string): Record<string, FieldSource> {
	return {
		locale: optional(`${collection}.locale`, 'Locale', text),
		domain: optional(`${collection}.domain`, 'Domain', text),
		support_email: optional(`${collection}.support_email`, 'Support Email', email),
		status: optional(`${collection}.status`, 'Status', oneOf(['active', 'suspended'])),
		limits: optional(`${collection}.limits`, 'Limits', jsonObject),
		features: optional(`${collection}.features`, 'Features', featureSwitches),
		custom_attributes: optional(`${collection}.custom_attributes`, 'Custom Attributes', jsonObject),
	};
}

export const accountSettingOptions: INodeProperties[] = [
	{
		displayName: 'Custom Attributes',
		name: 'custom_attributes',
		type: 'json',
		default: '',
		description: 'JSON object stored on the account, e.g. {"plan": "pro"}',
	},
	{
		displayName: 'Domain',
		name: 'domain',
		type: 'string',
		default: '',
		placeholder: 'support.example.com',
	},
	{
		displayName: 'Features',
		name: 'features',
		type: 'json',
		default: '',
		description: 'JSON object switching features of the account on or off, e.g. {"help_center": true, "campaigns": false}; features not named stay as they are',
	},
	{
		displayName: 'Limits',
		name: 'limits',
		type: 'json',
		default: '',
		description: 'JSON object of usage limits, e.g. {"agents": 10, "inboxes": 5}',
	},
	{
		displayName: 'Locale',
		name: 'locale',
		type: 'string',
		default: '',
		placeholder: 'en',
		description: 'Language code of the account, e.g. en, de, pt_BR',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'Suspended', value: 'suspended' },
		],
		default: 'active',
	},
	{
		displayName: 'Support Email',
		name: 'support_email',
		type: 'string',
		placeholder: 'support@example.com',
		default: '',
	},
];
