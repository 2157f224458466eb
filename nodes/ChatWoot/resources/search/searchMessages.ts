import { searchOf } from './fields';

export const searchMessages = searchOf('messages', {
	value: 'searchMessages',
	name: 'Search Messages',
	action: 'Search messages',
	description: 'Find messages of the last 3 months by their text, newest first',
});
