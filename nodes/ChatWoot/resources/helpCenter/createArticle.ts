import type { IDataObject } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { locator, optional, required } from '../../shared/request/fieldSources';
import { readOnce } from '../../../shared/fields/reads';
import { integer, oneOf, positiveInteger, requiredText, stringList, text } from '../../../shared/fields/validators';
import { helpCenterRecord, PORTAL_URL, portalLocator, portalPath } from './fields';

// Article.status is a Rails enum: draft 0, published 1, archived 2.
const STATUS = { draft: 0, published: 1, archived: 2 } as const;

export const createArticle = defineOperation({
	value: 'createArticle',
	name: 'Create Article',
	action: 'Create an article in a portal',
	method: 'POST',
	url: `${PORTAL_URL}/articles`,
	request: {
		path: portalPath,
		body: {
			// The Article model refuses an article without title, content or author.
			title: required('helpCenterArticleTitle', 'Title', requiredText),
			content: required('helpCenterArticleContent', 'Content', requiredText),
			author_id: locator('author', 'Author'),
			associated_article_id: optional(
				'helpCenterArticleAdditionalFields.associated_article_id',
				'Associated Article ID',
				positiveInteger,
			),
			category_id: optional('helpCenterArticleAdditionalFields.category_id', 'Category ID', positiveInteger),
			description: optional('helpCenterArticleAdditionalFields.description', 'Description', text),
			locale: optional('helpCenterArticleAdditionalFields.locale', 'Locale', text),
			position: optional('helpCenterArticleAdditionalFields.position', 'Position', integer),
			slug: optional('helpCenterArticleAdditionalFields.slug', 'Slug', text),
			status: optional('helpCenterArticleAdditionalFields.status', 'Status', (value, field, ctx) => {
				return STATUS[oneOf(['draft', 'published', 'archived'] as const)(value, field, ctx)];
			}),
		},
		// `meta` (search engine title, description and tags) is built from three plain fields.
		adjust(request) {
			const fields = readOnce<IDataObject>(this, 'helpCenterArticleAdditionalFields', {});
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
		},
		adjustedKeys: { body: ['meta'] },
	},
	fields: [
		portalLocator,
		{
			displayName: 'Title',
			name: 'helpCenterArticleTitle',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Content',
			name: 'helpCenterArticleContent',
			type: 'string',
			required: true,
			default: '',
			typeOptions: { rows: 6 },
			description: 'Body of the article, in Markdown',
		},
		idLocator({
			name: 'author',
			displayName: 'Author',
			searchListMethod: 'getAgents',
			description: 'The agent shown as the author',
		}),
		{
			displayName: 'Additional Fields',
			name: 'helpCenterArticleAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
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
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'draft',
					options: [
						{ name: 'Archived', value: 'archived' },
						{ name: 'Draft', value: 'draft' },
						{ name: 'Published', value: 'published' },
					],
					description: 'Some Chatwoot versions save every new article as a draft whatever is sent',
				},
			],
		},
	],
	output: [helpCenterRecord],
});
