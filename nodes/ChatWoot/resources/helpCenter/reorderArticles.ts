import { defineOperation } from '../../shared/declare/operation';
import { ARTICLES_URL, portalItemsPath, portalLocator, positionsField, positionsHash } from './fields';

export const reorderArticles = defineOperation({
	value: 'reorderArticles',
	name: 'Reorder Articles',
	action: 'Set the positions of articles of a portal',
	method: 'POST',
	url: `${ARTICLES_URL}/reorder`,
	request: {
		path: portalItemsPath,
		adjust: positionsHash('helpCenterArticlePositions', 'article'),
		adjustedKeys: { body: ['positions_hash'] },
	},
	fields: [portalLocator, positionsField('helpCenterArticlePositions', 'article')],
});
