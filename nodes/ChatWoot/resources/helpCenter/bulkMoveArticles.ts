import { defineOperation } from '../../shared/declare/operation';
import { locator } from '../../shared/request/fieldSources';
import { articleIds, articleIdsField } from './articleFields';
import { categoryLocator } from './categoryFields';
import { ARTICLE_BULK_URL, portalItemsPath, portalLocator } from './fields';

export const bulkMoveArticles = defineOperation({
	value: 'bulkMoveArticles',
	name: 'Bulk Move Articles to Category',
	action: 'Move several articles to a category',
	description: 'Move several articles of a portal into one of its categories',
	method: 'PATCH',
	url: `${ARTICLE_BULK_URL}/update_category`,
	request: {
		path: portalItemsPath,
		body: { ids: articleIds, category_id: locator('helpCenterCategory', 'Category') },
	},
	fields: [portalLocator, articleIdsField, categoryLocator],
});
