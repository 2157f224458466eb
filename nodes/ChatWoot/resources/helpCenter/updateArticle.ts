import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { fieldLabels, nothingToUpdate } from '../../shared/request/buildRequest';
import { optional, optionalLocator } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { articleMeta, articleSettingOptions, articleSettings, articleStatusOptions } from './articleFields';
import { articleLocator } from './categoryFields';
import { ARTICLE_URL, articlePath, byDisplayName, helpCenterRecord, portalLocator } from './fields';

const fields = 'helpCenterArticleUpdateFields';
const addMeta = articleMeta(fields);

const body = {
	title: optional(`${fields}.title`, 'Title', text),
	content: optional(`${fields}.content`, 'Content', text),
	author_id: optionalLocator(`${fields}.author_id`, 'Author'),
	...articleSettings(fields),
};

export const updateArticle = defineOperation({
	value: 'updateArticle',
	name: 'Update Article',
	action: 'Update an article of a portal',
	method: 'PATCH',
	url: ARTICLE_URL,
	request: {
		path: articlePath,
		body,
		adjust(request) {
			addMeta.call(this, request);
			// The server updates only `if params[:article].present?` and answers 200: say so instead.
			if (Object.keys(request.body).length === 0) {
				throw nothingToUpdate(this, fields, fieldLabels({ body }, fields), 'Update Fields');
			}
		},
		adjustedKeys: { body: ['meta'] },
	},
	fields: [
		portalLocator,
		articleLocator,
		{
			displayName: 'Update Fields',
			name: fields,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: byDisplayName([
				...articleSettingOptions,
				{ ...relatedLocator('agent', 'author_id', 'The agent shown as the author'), displayName: 'Author' },
				{
					displayName: 'Content',
					name: 'content',
					type: 'string',
					default: '',
					typeOptions: { rows: 6 },
					description: 'Body of the article, in Markdown',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'draft',
					options: articleStatusOptions,
					description: 'Published articles show in the portal; archived and draft ones do not',
				},
				{ displayName: 'Title', name: 'title', type: 'string', default: '' },
			]),
		},
	],
	output: [helpCenterRecord],
});
