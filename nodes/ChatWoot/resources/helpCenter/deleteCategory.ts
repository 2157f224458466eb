import { defineOperation } from '../../shared/declare/operation';
import { categoryLocator } from './categoryFields';
import { CATEGORY_URL, categoryPath, portalLocator } from './fields';

export const deleteCategory = defineOperation({
	value: 'deleteCategory',
	name: 'Delete Category',
	action: 'Delete a category of a portal',
	description: 'Delete a category; its articles stay, without a category',
	method: 'DELETE',
	url: CATEGORY_URL,
	request: { path: categoryPath },
	fields: [portalLocator, categoryLocator],
});
