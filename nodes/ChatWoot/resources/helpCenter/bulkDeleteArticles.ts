import { defineOperation } from '../../shared/declare/operation';
import { articleIds, articleIdsField } from './articleFields';
import { ARTICLE_BULK_URL, portalItemsPath, portalLocator } from './fields';

export const bulkDeleteArticles = defineOperation({
	value: 'bulkDeleteArticles',
	name: 'Bulk Delete Articles',
	action: 'Delete several articles',
	description: 'Delete several articles of a portal at once',
	method: 'DELETE',
	url: `${ARTICLE_BULK_URL}/delete_articles`,
	request: { path: portalItemsPath, body: { ids: articleIds } },
	fields: [portalLocator, articleIdsField],
});
