import { defineOperation } from '../../shared/operation';
import { optional, required } from '../../shared/request';
import { boolean, positiveInteger, requiredText } from '../../shared/validators';
import { ARTICLE_BULK_URL, articleIds, articleIdsField, portalItemsPath, portalLocator } from './fields';

const options = 'helpCenterTranslateOptions';

export const translateArticles = defineOperation({
	value: 'translateArticles',
	name: 'Translate Articles',
	action: 'Translate several articles with Captain',
	// The route exists on every server; without the Enterprise code it answers 501 Not Implemented.
	description:
		"Have Captain AI translate articles into another of the portal's locales, as linked drafts, in the background (Enterprise, Captain enabled)",
	method: 'POST',
	url: `${ARTICLE_BULK_URL}/translate`,
	request: {
		path: portalItemsPath,
		body: {
			ids: articleIds,
			locale: required('helpCenterTranslateLocale', 'Target Locale', requiredText),
			category_id: optional(`${options}.category_id`, 'Target Category ID', positiveInteger),
			force: optional(`${options}.force`, 'Overwrite Existing Translations', boolean),
		},
	},
	fields: [
		portalLocator,
		articleIdsField,
		{
			displayName: 'Target Locale',
			name: 'helpCenterTranslateLocale',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. es',
			description: "One of the portal's allowed locales",
		},
		{
			displayName: 'Options',
			name: options,
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Overwrite Existing Translations',
					name: 'force',
					type: 'boolean',
					default: false,
					description:
						'Whether to translate articles that already have a translation in the locale, replacing its title and content. Without it, Chatwoot refuses (409) and names them.',
				},
				{
					displayName: 'Target Category ID',
					name: 'category_id',
					type: 'number',
					default: 0,
					typeOptions: { minValue: 1, numberPrecision: 0 },
					description: 'A category of the target locale for the new translations',
				},
			],
		},
	],
});
