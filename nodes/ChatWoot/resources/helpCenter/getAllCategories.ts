import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { byPage } from '../../shared/send/pagination';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { CATEGORIES_URL, portalItemsPath, portalLocator, localeOption } from './fields';

export const getAllCategories = defineOperation({
	value: 'getAllCategories',
	name: 'Get Many Categories',
	action: 'Get many categories of a portal',
	method: 'GET',
	url: CATEGORIES_URL,
	request: {
		path: portalItemsPath,
		// category.rb:63-65 `search_by_locale(params[:locale])`
		query: { locale: optional('helpCenterCategoryFilters.locale', 'Locale', text) },
	},
	fields: [
		portalLocator,
		RETURN_ALL_AND_LIMIT,
		{
			displayName: 'Filters',
			name: 'helpCenterCategoryFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				localeOption('Only the categories of this locale'),
			],
		},
	],
	// Sorted by position, 1,000 a page (Limits::CATEGORIES_PER_PAGE)
	list: { records: ['payload'], pagination: byPage(1000) },
});
