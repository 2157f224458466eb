import { NodeApiError, type IDataObject, type IExecuteSingleFunctions, type IN8nHttpFullResponse, type INodeExecutionData, type JsonObject } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { throwOnChatwootError } from '../../shared/response/output';
import { optional, required } from '../../shared/request/fieldSources';
import { boolean, positiveInteger, requiredText } from '../../../shared/fields/validators';
import { articleIds, articleIdsField } from './articleFields';
import { ARTICLE_BULK_URL, portalItemsPath, portalLocator } from './fields';

const options = 'helpCenterTranslateOptions';

/**
 * Chatwoot's two answers without words of their own: 409 lists the articles that already have a
 * translation, 501 is a server without the Enterprise code. Everything else as usual.
 */
async function explainTranslateAnswer(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = (response.body && typeof response.body === 'object' ? response.body : {}) as IDataObject;
	const duplicates = Array.isArray(body.duplicate_articles) ? (body.duplicate_articles as IDataObject[]) : undefined;
	if (response.statusCode === 409 && duplicates) {
		const names = duplicates.map((article) => `#${String(article.id)} "${String(article.title)}"`).join(', ');
		throw new NodeApiError(this.getNode(), body as JsonObject, {
			message: `Chatwoot: these articles already have a translation in this locale: ${names}`,
			description: 'Nothing was translated. Turn on Overwrite Existing Translations to replace them, or leave those articles out.',
			httpCode: '409',
			itemIndex: this.getItemIndex(),
		});
	}
	if (response.statusCode === 501) {
		throw new NodeApiError(this.getNode(), {} as JsonObject, {
			message: 'Chatwoot answered 501 Not Implemented',
			description: 'Translating articles is an Enterprise feature of Chatwoot: a server without the Enterprise code (the Community edition, or DISABLE_ENTERPRISE set) answers 501.',
			httpCode: '501',
			itemIndex: this.getItemIndex(),
		});
	}
	return await throwOnChatwootError.call(this, items, response);
}

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
	answer: { ownErrorHandling: true },
	output: [explainTranslateAnswer],
});
