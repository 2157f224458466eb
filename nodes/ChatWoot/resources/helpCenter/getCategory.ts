import { defineOperation } from '../../shared/declare/operation';
import { categoryLocator } from './categoryFields';
import { CATEGORY_URL, categoryPath, helpCenterRecord, portalLocator } from './fields';

export const getCategory = defineOperation({
	value: 'getCategory',
	name: 'Get Category',
	action: 'Get a category of a portal',
	method: 'GET',
	url: CATEGORY_URL,
	request: { path: categoryPath },
	fields: [portalLocator, categoryLocator],
	output: [helpCenterRecord],
});
