import { defineOperation } from '../../shared/declare/operation';
import { fieldLabels, nothingToUpdate } from '../../shared/request/buildRequest';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { categoryLocator, categorySettingOptions, categorySettings } from './categoryFields';
import { byDisplayName, CATEGORY_URL, categoryPath, categorySlug, helpCenterRecord, portalLocator } from './fields';

const body = {
	name: optional('helpCenterCategoryUpdateFields.name', 'Name', text),
	slug: optional('helpCenterCategoryUpdateFields.slug', 'Slug', categorySlug),
	...categorySettings('helpCenterCategoryUpdateFields'),
};

export const updateCategory = defineOperation({
	value: 'updateCategory',
	name: 'Update Category',
	action: 'Update a category of a portal',
	method: 'PATCH',
	url: CATEGORY_URL,
	request: {
		path: categoryPath,
		body,
		adjust(request) {
			// Without a field, `params.require(:category)` fails on the server: say so instead.
			if (Object.keys(request.body).length === 0) {
				throw nothingToUpdate(this, 'helpCenterCategoryUpdateFields', fieldLabels({ body }, 'helpCenterCategoryUpdateFields'), 'Update Fields');
			}
		},
	},
	fields: [
		portalLocator,
		categoryLocator,
		{
			displayName: 'Update Fields',
			name: 'helpCenterCategoryUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: byDisplayName([
				...categorySettingOptions,
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{
					displayName: 'Slug',
					name: 'slug',
					type: 'string',
					default: '',
					description: 'New slug; the category address changes with it',
				},
			]),
		},
	],
	output: [helpCenterRecord],
});
