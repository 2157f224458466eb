import { defineOperation } from '../../shared/declare/operation';
import { articleLocator } from './categoryFields';
import { ARTICLE_URL, articlePath, helpCenterRecord, portalLocator } from './fields';

export const getArticle = defineOperation({
	value: 'getArticle',
	name: 'Get Article',
	action: 'Get an article of a portal',
	method: 'GET',
	url: ARTICLE_URL,
	request: { path: articlePath },
	fields: [portalLocator, articleLocator],
	output: [helpCenterRecord],
});
