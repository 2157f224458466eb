import { defineOperation } from '../../shared/declare/operation';
import { articleLocator } from './categoryFields';
import { ARTICLE_URL, articlePath, portalLocator } from './fields';

export const deleteArticle = defineOperation({
	value: 'deleteArticle',
	name: 'Delete Article',
	action: 'Delete an article of a portal',
	method: 'DELETE',
	url: ARTICLE_URL,
	request: { path: articlePath },
	fields: [portalLocator, articleLocator],
});
