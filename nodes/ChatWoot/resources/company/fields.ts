import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { unwrap } from '../../shared/response/output';
import { ACCOUNT, locator, optional, type FieldSource } from '../../shared/request/fieldSources';
import { jsonObject, oneOf, text } from '../../../shared/fields/validators';

export const COMPANIES_URL = '/api/v1/accounts/{account_id}/companies';
export const COMPANY_URL = '/api/v1/accounts/{account_id}/companies/{id}';
/** The company's contacts, conversations and notes (Companies::BaseController: `company_id`). */
export const COMPANY_PARTS_URL = '/api/v1/accounts/{account_id}/companies/{company_id}';

export const companiesPath = { account_id: ACCOUNT };
export const companyPath = { account_id: ACCOUNT, id: locator('company', 'Company') };
export const companyPartsPath = { account_id: ACCOUNT, company_id: locator('company', 'Company') };

// show, create, update and the avatar and attribute deletes answer {payload: company}
export const unwrapCompany = unwrap('payload');

export const companyLocator: INodeProperties = idLocator({
	name: 'company',
	displayName: 'Company',
	searchListMethod: 'getCompanies',
	urlSegment: 'companies',
});

/** Company fields shared by Create (Additional Fields) and Update (Update Fields). */
export function companySettings(collection: string): Record<string, FieldSource> {
	return {
		domain: optional(`${collection}.domain`, 'Domain', text),
		description: optional(`${collection}.description`, 'Description', text),
		additional_attributes: optional(`${collection}.additional_attributes`, 'Additional Attributes', jsonObject),
		custom_attributes: optional(`${collection}.custom_attributes`, 'Custom Attributes', jsonObject),
	};
}

export function companySettingOptions(customAttributes: string): INodeProperties[] {
	return [
		{
			displayName: 'Additional Attributes',
			name: 'additional_attributes',
			type: 'json',
			default: '',
			description: 'JSON object of further details, e.g. {"industry": "Retail"}',
		},
		{
			displayName: 'Custom Attributes',
			name: 'custom_attributes',
			type: 'json',
			default: '',
			description: customAttributes,
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			placeholder: 'e.g. acme.com',
			description: 'Website domain, unique in the account; Chatwoot fetches its icon as the avatar',
		},
	];
}

const SORTS = [
	'name',
	'-name',
	'domain',
	'-domain',
	'created_at',
	'-created_at',
	'last_activity_at',
	'-last_activity_at',
	'contacts_count',
	'-contacts_count',
] as const;

/** Sift's `sort` of companies_controller.rb (sort_on name, domain, created_at, last_activity_at, contacts_count). */
export const companySort = { sort: optional('companySort', 'Sort', oneOf(SORTS)) };

export const companySortField: INodeProperties = {
	displayName: 'Sort',
	name: 'companySort',
	type: 'options',
	default: '',
	description: 'Order of the companies; Chatwoot\'s own order when empty',
	options: [
		{ name: 'Chatwoot Default', value: '' },
		{ name: 'Contacts (Fewest First)', value: 'contacts_count' },
		{ name: 'Contacts (Most First)', value: '-contacts_count' },
		{ name: 'Created (Newest First)', value: '-created_at' },
		{ name: 'Created (Oldest First)', value: 'created_at' },
		{ name: 'Domain (A to Z)', value: 'domain' },
		{ name: 'Domain (Z to A)', value: '-domain' },
		{ name: 'Last Activity (Newest First)', value: '-last_activity_at' },
		{ name: 'Last Activity (Oldest First)', value: 'last_activity_at' },
		{ name: 'Name (A to Z)', value: 'name' },
		{ name: 'Name (Z to A)', value: '-name' },
	],
};
