import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { optional, required, type FieldSource } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { type BuiltRequest } from '../../shared/request/buildRequest';
import { integer, integerList, invalid, oneOf, positiveInteger, stringList, text, type Check } from '../../../shared/fields/validators';

// Articles: the locator, the settings Create Article and Update Article send, bulk IDs.

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
