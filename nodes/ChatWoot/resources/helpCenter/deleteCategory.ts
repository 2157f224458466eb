import { defineOperation } from '../../shared/declare/operation';
import { CATEGORY_URL, categoryLocator, categoryPath, portalLocator } from './fields';

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
