import { idLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { locator, required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { articleMeta, articleSettingOptions, articleSettings, articleStatusOptions } from './articleFields';
import { byDisplayName, helpCenterRecord, PORTAL_URL, portalLocator, portalPath } from './fields';

export const createArticle = defineOperation({
	value: 'createArticle',
	name: 'Create Article',
	action: 'Create an article in a portal',
	method: 'POST',
	url: `${PORTAL_URL}/articles`,
	request: {
		path: portalPath,
		body: {
			// The Article model refuses an article without title, content or author.
			title: required('helpCenterArticleTitle', 'Title', requiredText),
			content: required('helpCenterArticleContent', 'Content', requiredText),
			author_id: locator('author', 'Author'),
			...articleSettings('helpCenterArticleAdditionalFields'),
		},
		adjust: articleMeta('helpCenterArticleAdditionalFields'),
		adjustedKeys: { body: ['meta'] },
	},
	fields: [
		portalLocator,
		{
			displayName: 'Title',
			name: 'helpCenterArticleTitle',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Content',
			name: 'helpCenterArticleContent',
			type: 'string',
			required: true,
			default: '',
			typeOptions: { rows: 6 },
			description: 'Body of the article, in Markdown',
		},
		idLocator({
			name: 'author',
			displayName: 'Author',
			searchListMethod: 'getAgents',
			description: 'The agent shown as the author',
		}),
		{
			displayName: 'Additional Fields',
			name: 'helpCenterArticleAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([
				...articleSettingOptions,
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'draft',
					options: articleStatusOptions,
					description: 'Some Chatwoot versions save every new article as a draft whatever is sent',
				},
			]),
		},
	],
	output: [helpCenterRecord],
});
