import { defineOperation } from '../../shared/declare/operation';
import { optional, required } from '../../shared/request/fieldSources';
import { integer, pathSegment, positiveInteger, requiredText, text } from '../../../shared/fields/validators';
import { helpCenterRecord, hexColor, PORTAL_URL, portalLocator, portalPath } from './fields';

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
			slug: required('helpCenterCategorySlug', 'Slug', pathSegment('a category slug', 'billing')),
			description: optional('helpCenterCategoryAdditionalFields.description', 'Description', text),
			icon: optional('helpCenterCategoryAdditionalFields.icon', 'Icon', text),
			// categories_controller.rb:55-57 permits icon_color, left out of the spec
			icon_color: optional('helpCenterCategoryAdditionalFields.icon_color', 'Icon Color', hexColor),
			locale: optional('helpCenterCategoryAdditionalFields.locale', 'Locale', text),
			position: optional('helpCenterCategoryAdditionalFields.position', 'Position', integer),
			parent_category_id: optional('helpCenterCategoryAdditionalFields.parent_category_id', 'Parent Category ID', positiveInteger),
			associated_category_id: optional(
				'helpCenterCategoryAdditionalFields.associated_category_id',
				'Associated Category ID',
				positiveInteger,
			),
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
			options: [
				{
					displayName: 'Associated Category ID',
					name: 'associated_category_id',
					type: 'number',
					default: 0,
					typeOptions: { minValue: 1, numberPrecision: 0 },
					description: 'The same category in another locale, to link the translations',
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Icon',
					name: 'icon',
					type: 'string',
					default: '',
					placeholder: 'e.g. 📚',
					description: 'An emoji shown next to the category',
				},
				{
					displayName: 'Icon Color',
					name: 'icon_color',
					type: 'color',
					default: '#1f93ff',
					description: 'Color of the category icon',
				},
				{
					displayName: 'Locale',
					name: 'locale',
					type: 'string',
					default: '',
					placeholder: 'e.g. en',
					description:
						"One of the portal's allowed locales. Chatwoot uses en when none is given.",
				},
				{
					displayName: 'Parent Category ID',
					name: 'parent_category_id',
					type: 'number',
					default: 0,
					typeOptions: { minValue: 1, numberPrecision: 0 },
					description: 'Makes this a sub-category of another category of the portal',
				},
				{
					displayName: 'Position',
					name: 'position',
					type: 'number',
					default: 0,
					typeOptions: { numberPrecision: 0 },
					description: 'Sort position in the portal; lower comes first',
				},
			],
		},
	],
	output: [helpCenterRecord],
});
