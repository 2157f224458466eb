/* eslint-disable n8n-nodes-base/node-param-default-missing -- resource locator modes take no default; the rule mistakes them for parameters */
import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { idLocator, relatedLocator } from '../../../shared/fields/locators';
import { unwrap } from '../../shared/response/output';
import { ACCOUNT, locator, optional, optionalLocator, required, type FieldSource } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { type BuiltRequest } from '../../shared/request/buildRequest';
import { boolean, integer, integerList, invalid, oneOf, pathSegment, positiveInteger, stringList, text, type Check } from '../../../shared/fields/validators';

/** Chatwoot finds portals by slug (`find_by(slug: params[:id])`), not by numeric ID. */
export const portalSlug = pathSegment('a portal slug', 'handbook');
export const categorySlug = pathSegment('a category slug', 'billing');

// The Portal model's own rule: # and 3 or 6 hex digits.
export const hexColor: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx).trim();
	if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(result)) {
		throw invalid(ctx, field, `must be a hex color like #1f93ff, got "${result}"`);
	}
	return result;
};

export const PORTALS_URL = '/api/v1/accounts/{account_id}/portals';
export const PORTAL_URL = '/api/v1/accounts/{account_id}/portals/{id}';

export const portalsPath = { account_id: ACCOUNT };
export const portalPath = { account_id: ACCOUNT, id: locator('portal', 'Portal', portalSlug) };

// The server's own templates for the routes the spec leaves out name the portal {portal_id}.
export const CATEGORIES_URL = '/api/v1/accounts/{account_id}/portals/{portal_id}/categories';
export const CATEGORY_URL = `${CATEGORIES_URL}/{id}`;
export const ARTICLES_URL = '/api/v1/accounts/{account_id}/portals/{portal_id}/articles';
export const ARTICLE_URL = `${ARTICLES_URL}/{id}`;
export const ARTICLE_BULK_URL = `${ARTICLES_URL}/bulk_actions`;

export const portalItemsPath = { account_id: ACCOUNT, portal_id: locator('portal', 'Portal', portalSlug) };
export const categoryPath = { ...portalItemsPath, id: locator('helpCenterCategory', 'Category') };
export const articlePath = { ...portalItemsPath, id: locator('helpCenterArticle', 'Article') };

// Chatwoot wraps single records in `payload` here; older servers answer the bare record.
export const helpCenterRecord = unwrap('payload', '');

/** The portal, one field for every operation on an existing portal. */
export const portalLocator: INodeProperties = {
	displayName: 'Portal',
	name: 'portal',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The help center portal, identified by its slug',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a portal...',
			typeOptions: { searchListMethod: 'getPortals', searchable: true },
		},
		{
			displayName: 'By Slug',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. handbook',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^\\s*[^/\\s?#]+\\s*$', errorMessage: 'Not a valid portal slug' },
				},
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://chat.example.com/app/accounts/1/portals/handbook/en/articles',
			extractValue: { type: 'regex', regex: '\\/portals\\/([^/?#]+)' },
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '.*\\/portals\\/[^/?#]+.*',
						errorMessage: 'Not a Chatwoot help center address',
					},
				},
			],
		},
	],
};

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

/** A category of the portal, one field for every operation on an existing category. */
export const categoryLocator: INodeProperties = idLocator({
	name: 'helpCenterCategory',
	displayName: 'Category',
	searchListMethod: 'getHelpCenterCategories',
	description: 'A category of the portal above',
});

/** An article of the portal, one field for every operation on an existing article. */
export const articleLocator: INodeProperties = idLocator({
	name: 'helpCenterArticle',
	displayName: 'Article',
	searchListMethod: 'getHelpCenterArticles',
	description: 'An article of the portal above',
});

/** Optional category settings, shared by Create Category (Additional Fields) and Update Category. */
export function categorySettings(collection: string): Record<string, FieldSource> {
	return {
		description: optional(`${collection}.description`, 'Description', text),
		icon: optional(`${collection}.icon`, 'Icon', text),
		// categories_controller.rb:55-57 permits icon_color, left out of the spec
		icon_color: optional(`${collection}.icon_color`, 'Icon Color', hexColor),
		locale: optional(`${collection}.locale`, 'Locale', text),
		position: optional(`${collection}.position`, 'Position', integer),
		parent_category_id: optional(`${collection}.parent_category_id`, 'Parent Category ID', positiveInteger),
		associated_category_id: optional(`${collection}.associated_category_id`, 'Associated Category ID', positiveInteger),
	};
}

export const categorySettingOptions: INodeProperties[] = [
	{
		displayName: 'Associated Category ID',
		name: 'associated_category_id',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'The same category in another locale, to link the translations',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Icon',
		name: 'icon',
		type: 'string',
		default: '',
		placeholder: 'e.g. 📚',
		description: 'An emoji shown next to the category',
	},
	{
		displayName: 'Icon Color',
		name: 'icon_color',
		type: 'color',
		default: '#1f93ff',
		description: 'Color of the category icon',
	},
	{
		displayName: 'Locale',
		name: 'locale',
		type: 'string',
		default: '',
		placeholder: 'e.g. en',
		description: "One of the portal's allowed locales. Chatwoot uses en when none is given.",
	},
	{
		displayName: 'Parent Category ID',
		name: 'parent_category_id',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'Makes this a sub-category of another category of the portal',
	},
	{
		displayName: 'Position',
		name: 'position',
		type: 'number',
		default: 0,
		typeOptions: { numberPrecision: 0 },
		description: 'Sort position in the portal; lower comes first',
	},
];

// Article.status is a Rails enum: draft 0, published 1, archived 2. Create and update send the
// number (the spec's type); the bulk status route compares the name (`Article.statuses.key?`).
export const ARTICLE_STATUS_NAMES = ['draft', 'published', 'archived'] as const;
const articleStatusName = oneOf(ARTICLE_STATUS_NAMES);
const articleStatusNumber: Check<number> = (value, field, ctx) => ARTICLE_STATUS_NAMES.indexOf(articleStatusName(value, field, ctx));

export const articleStatusOptions = [
	{ name: 'Archived', value: 'archived' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Published', value: 'published' },
];

/** Optional article settings, shared by Create Article (Additional Fields) and Update Article. */
export function articleSettings(collection: string): Record<string, FieldSource> {
	return {
		associated_article_id: optional(`${collection}.associated_article_id`, 'Associated Article ID', positiveInteger),
		category_id: optional(`${collection}.category_id`, 'Category ID', positiveInteger),
		description: optional(`${collection}.description`, 'Description', text),
		locale: optional(`${collection}.locale`, 'Locale', text),
		position: optional(`${collection}.position`, 'Position', integer),
		slug: optional(`${collection}.slug`, 'Slug', text),
		status: optional(`${collection}.status`, 'Status', articleStatusNumber),
	};
}

/** `meta` (search engine title, description and tags) is built from three plain fields. */
export function articleMeta(collection: string) {
	return function (this: IExecuteSingleFunctions, request: BuiltRequest) {
		const fields = readOnce<IDataObject>(this, collection, {});
		const meta: IDataObject = {};
		if (typeof fields.meta_title === 'string' && fields.meta_title.trim()) meta.title = fields.meta_title;
		if (typeof fields.meta_description === 'string' && fields.meta_description.trim()) {
			meta.description = fields.meta_description;
		}
		if (fields.meta_tags !== undefined) {
			const tags = stringList(fields.meta_tags, 'Meta Tags', this);
			if (tags.length) meta.tags = tags;
		}
		if (Object.keys(meta).length) request.body.meta = meta;
	};
}

/** The options of articleSettings and articleMeta; Status is each operation's own. */
export const articleSettingOptions: INodeProperties[] = [
	{
		displayName: 'Associated Article ID',
		name: 'associated_article_id',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'The same article in another locale, to link the translations',
	},
	{
		displayName: 'Category ID',
		name: 'category_id',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Short summary shown in article lists',
	},
	{
		displayName: 'Locale',
		name: 'locale',
		type: 'string',
		default: '',
		placeholder: 'e.g. en',
		description: "Locale of the article; with a category, Chatwoot uses the category's",
	},
	{
		displayName: 'Meta Description',
		name: 'meta_description',
		type: 'string',
		default: '',
		description: 'Description for search engines',
	},
	{
		displayName: 'Meta Tags',
		name: 'meta_tags',
		type: 'string',
		default: '',
		placeholder: 'e.g. billing, invoices',
		description: 'Comma-separated keywords for search engines',
	},
	{
		displayName: 'Meta Title',
		name: 'meta_title',
		type: 'string',
		default: '',
		description: 'Title for search engines',
	},
	{
		displayName: 'Position',
		name: 'position',
		type: 'number',
		default: 0,
		typeOptions: { numberPrecision: 0 },
		description: 'Sort position in the category; lower comes first',
	},
	{
		displayName: 'Slug',
		name: 'slug',
		type: 'string',
		default: '',
		description: 'Part of the article address; Chatwoot derives one from the title when empty',
	},
];

/** Options in the editor's order (by display name), e.g. shared options plus an operation's own. */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The articles of a bulk action, by ID. */
export const articleIdsField: INodeProperties = {
	displayName: 'Article IDs',
	name: 'helpCenterArticleIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 12, 15, 16',
	description: 'Comma-separated IDs of articles of the portal; IDs of other portals are ignored',
};

const oneOrMoreIds: Check<number[]> = (value, field, ctx) => {
	const ids = integerList(value, field, ctx);
	if (ids.length === 0) throw invalid(ctx, field, 'must name at least one article ID');
	return ids;
};

export const articleIds = required('helpCenterArticleIds', 'Article IDs', oneOrMoreIds);

/**
 * New sort positions of categories or articles (the Reorder operations): ID and position
 * pairs, sent as Chatwoot's `positions_hash` (ID => position).
 */
export function positionsField(name: string, noun: 'category' | 'article'): INodeProperties {
	return {
		displayName: 'Positions',
		name,
		type: 'fixedCollection',
		required: true,
		default: {},
		placeholder: 'Add Position',
		typeOptions: { multipleValues: true },
		description: `The new position of each ${noun}; lower comes first. The others keep theirs.`,
		options: [
			{
				displayName: 'Position',
				name: 'positions',
				values: [
					{
						displayName: noun === 'category' ? 'Category ID' : 'Article ID',
						name: 'id',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 1, numberPrecision: 0 },
					},
					{
						displayName: 'Position',
						name: 'position',
						type: 'number',
						default: 0,
						typeOptions: { numberPrecision: 0 },
					},
				],
			},
		],
	};
}

/** Builds `positions_hash` from a positionsField; at least one pair, IDs once each. */
export function positionsHash(name: string, noun: 'category' | 'article') {
	const idLabel = noun === 'category' ? 'Category ID' : 'Article ID';
	return function (this: IExecuteSingleFunctions, request: BuiltRequest) {
		const pairs = readOnce<IDataObject>(this, name, {}).positions;
		const entries = Array.isArray(pairs) ? (pairs as IDataObject[]) : [];
		if (entries.length === 0) throw invalid(this, 'Positions', `add at least one ${noun} and its new position`);
		const hash: IDataObject = {};
		for (const entry of entries) {
			const id = positiveInteger(entry.id, `Positions: ${idLabel}`, this);
			if (String(id) in hash) throw invalid(this, 'Positions', `${idLabel} ${id} is listed twice`);
			hash[String(id)] = integer(entry.position, 'Positions: Position', this);
		}
		request.body.positions_hash = hash;
	};
}

/** A locale code option (Chatwoot's locale keys, e.g. en, pt_BR). */
export function localeOption(description: string): INodeProperties {
	return { displayName: 'Locale', name: 'locale', type: 'string', default: '', placeholder: 'e.g. en', description };
}
