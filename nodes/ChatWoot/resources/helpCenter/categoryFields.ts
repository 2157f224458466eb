import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { optional, type FieldSource } from '../../shared/request/fieldSources';
import { integer, positiveInteger, text } from '../../../shared/fields/validators';
import { hexColor } from './fields';

// Categories: the locator and the settings Create Category and Update Category send.

/** A category of the portal, one field for every operation on an existing category. */
export const categoryLocator: INodeProperties = idLocator({
	name: 'helpCenterCategory',
	displayName: 'Category',
	searchListMethod: 'getHelpCenterCategories',
	description: 'A category of the portal above',
});

/** An article of the portal, one field for every operation on an existing article. */
export const articleLocator: INodeProperties = idLocator({
	name: 'helpCenterArticle',
	displayName: 'Article',
	searchListMethod: 'getHelpCenterArticles',
	description: 'An article of the portal above',
});

/** Optional category settings, shared by Create Category (Additional Fields) and Update Category. */
export function categorySettings(collection: string): Record<string, FieldSource> {
	return {
		description: optional(`${collection}.description`, 'Description', text),
		icon: optional(`${collection}.icon`, 'Icon', text),
		// categories_controller.rb:55-57 permits icon_color, left out of the spec
		icon_color: optional(`${collection}.icon_color`, 'Icon Color', hexColor),
		locale: optional(`${collection}.locale`, 'Locale', text),
		position: optional(`${collection}.position`, 'Position', integer),
		parent_category_id: optional(`${collection}.parent_category_id`, 'Parent Category ID', positiveInteger),
		associated_category_id: optional(`${collection}.associated_category_id`, 'Associated Category ID', positiveInteger),
	};
}

export const categorySettingOptions: INodeProperties[] = [
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
		description: "One of the portal's allowed locales. Chatwoot uses en when none is given.",
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
];
