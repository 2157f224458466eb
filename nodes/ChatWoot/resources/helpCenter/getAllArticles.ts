import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { optional, optionalLocator } from '../../shared/request/fieldSources';
import { oneOf, text } from '../../../shared/fields/validators';
import { ARTICLE_STATUS_NAMES, articleStatusOptions } from './articleFields';
import { ARTICLES_URL, categorySlug, portalItemsPath, portalLocator, localeOption } from './fields';

const filters = 'helpCenterArticleFilters';

export const getAllArticles = defineOperation({
	value: 'getAllArticles',
	name: 'Get Many Articles',
	action: 'Get many articles of a portal',
	method: 'GET',
	url: ARTICLES_URL,
	request: {
		path: portalItemsPath,
		// articles_controller.rb:80 `params.permit(:locale, :query, :page, :category_slug, :status, :author_id)`
		query: {
			author_id: optionalLocator(`${filters}.author_id`, 'Author'),
			category_slug: optional(`${filters}.category_slug`, 'Category Slug', categorySlug),
			locale: optional(`${filters}.locale`, 'Locale', text),
			query: optional(`${filters}.query`, 'Search Text', text),
			status: optional(`${filters}.status`, 'Status', oneOf(ARTICLE_STATUS_NAMES)),
		},
	},
	fields: [
		portalLocator,
		RETURN_ALL_AND_LIMIT,
		{
			displayName: 'Filters',
			name: filters,
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ ...relatedLocator('agent', 'author_id', 'Only the articles this agent wrote'), displayName: 'Author' },
				{
					displayName: 'Category Slug',
					name: 'category_slug',
					type: 'string',
					default: '',
					placeholder: 'e.g. billing',
					description: 'Only the articles of this category, in their order in the category',
				},
				localeOption('Only the articles of this locale'),
				{
					displayName: 'Search Text',
					name: 'query',
					type: 'string',
					default: '',
					description: 'Only the articles whose title, description or content contain these words',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'published',
					options: articleStatusOptions,
					description: 'Only the articles with this status',
				},
			],
		},
	],
	// Newest change first (by category position with Category Slug), 25 a page (Kaminari's default)
	list: { records: ['payload'], pagination: byPage(25) },
});
