import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { categorySettingOptions, categorySettings } from './categoryFields';
import { categorySlug, helpCenterRecord, PORTAL_URL, portalLocator, portalPath } from './fields';

export const createCategory = defineOperation({
	value: 'createCategory',
	name: 'Create Category',
	action: 'Create a category in a portal',
	method: 'POST',
	url: `${PORTAL_URL}/categories`,
	request: {
		path: portalPath,
		body: {
			// The Category model refuses a category without name or slug.
			name: required('helpCenterCategoryName', 'Name', requiredText),
			slug: required('helpCenterCategorySlug', 'Slug', categorySlug),
			...categorySettings('helpCenterCategoryAdditionalFields'),
		},
	},
	fields: [
		portalLocator,
		{
			displayName: 'Name',
			name: 'helpCenterCategoryName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Getting Started',
		},
		{
			displayName: 'Slug',
			name: 'helpCenterCategorySlug',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. getting-started',
			description: 'Part of the category address; unique per portal and locale',
		},
		{
			displayName: 'Additional Fields',
			name: 'helpCenterCategoryAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: categorySettingOptions,
		},
	],
	output: [helpCenterRecord],
});
