import { defineOperation } from '../../shared/declare/operation';
import { CATEGORIES_URL, portalItemsPath, portalLocator, positionsField, positionsHash } from './fields';

export const reorderCategories = defineOperation({
	value: 'reorderCategories',
	name: 'Reorder Categories',
	action: 'Set the positions of categories of a portal',
	method: 'POST',
	url: `${CATEGORIES_URL}/reorder`,
	request: {
		path: portalItemsPath,
		adjust: positionsHash('helpCenterCategoryPositions', 'category'),
		adjustedKeys: { body: ['positions_hash'] },
	},
	fields: [portalLocator, positionsField('helpCenterCategoryPositions', 'category')],
});
