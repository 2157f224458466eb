import { searchOf } from './fields';

export const searchArticles = searchOf('articles', {
	value: 'searchArticles',
	name: 'Search Articles',
	action: 'Search help center articles',
	description: 'Find help center articles by their title or text',
});
