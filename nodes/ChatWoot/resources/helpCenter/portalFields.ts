import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { relatedLocator } from '../../../shared/fields/locators';
import { optional, optionalLocator, type FieldSource } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { type BuiltRequest } from '../../shared/request/buildRequest';
import { boolean, stringList, text } from '../../../shared/fields/validators';
import { hexColor } from './fields';

// Portal settings: what Create Portal and Update Portal send.

/** Optional portal settings, shared by Create Portal (Additional Fields) and Update Portal. */
export function portalSettings(collection: string): Record<string, FieldSource> {
	return {
		archived: optional(`${collection}.archived`, 'Archived', boolean),
		color: optional(`${collection}.color`, 'Color', hexColor),
		custom_domain: optional(`${collection}.custom_domain`, 'Custom Domain', text),
		header_text: optional(`${collection}.header_text`, 'Header Text', text),
		homepage_link: optional(`${collection}.homepage_link`, 'Homepage Link', text),
		page_title: optional(`${collection}.page_title`, 'Page Title', text),
		// portals_controller.rb:93 `params.permit(:inbox_id)`, left out of the spec
		inbox_id: optionalLocator(`${collection}.inbox_id`, 'Live Chat Inbox'),
	};
}

/**
 * `config` is an object of known keys; the node offers its two locale settings as fields
 * and builds the object from them. Chatwoot merges it into the stored config.
 */
export function portalConfig(collection: string) {
	return function (this: IExecuteSingleFunctions, request: BuiltRequest) {
		const fields = readOnce<IDataObject>(this, collection, {});
		const config: IDataObject = {};
		if (fields.allowed_locales !== undefined) {
			const locales = stringList(fields.allowed_locales, 'Allowed Locales', this);
			if (locales.length) config.allowed_locales = locales;
		}
		if (typeof fields.default_locale === 'string' && fields.default_locale.trim() !== '') {
			config.default_locale = fields.default_locale.trim();
		}
		if (Object.keys(config).length) request.body.config = config;
	};
}

export const portalSettingOptions: INodeProperties[] = [
	{
		displayName: 'Allowed Locales',
		name: 'allowed_locales',
		type: 'string',
		default: '',
		placeholder: 'e.g. en, es, fr',
		description: 'Comma-separated locale codes the portal publishes articles in',
	},
	{
		displayName: 'Archived',
		name: 'archived',
		type: 'boolean',
		default: false,
		description: 'Whether the portal is archived (not live)',
	},
	{
		displayName: 'Color',
		name: 'color',
		type: 'color',
		default: '#1f93ff',
		description: 'Header color of the help center',
	},
	{
		displayName: 'Custom Domain',
		name: 'custom_domain',
		type: 'string',
		default: '',
		placeholder: 'e.g. help.example.com',
	},
	{
		displayName: 'Default Locale',
		name: 'default_locale',
		type: 'string',
		default: '',
		placeholder: 'e.g. en',
		description: 'Locale shown when a visitor opens the portal; one of the allowed locales',
	},
	{
		displayName: 'Header Text',
		name: 'header_text',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Homepage Link',
		name: 'homepage_link',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.example.com',
		description: 'Link back to your main website',
	},
	{
		...relatedLocator('inbox', 'inbox_id', 'Website inbox whose chat widget the portal pages show (other inbox types are ignored by Chatwoot)'),
		displayName: 'Live Chat Inbox',
	},
	{
		displayName: 'Page Title',
		name: 'page_title',
		type: 'string',
		default: '',
	},
];
