import { defineOperation } from '../../shared/declare/operation';
import { NOTE_URL, noteContactLocator, noteIdField, notePath } from './fields';

export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a contact note',
	method: 'GET',
	url: NOTE_URL,
	request: { path: notePath },
	fields: [noteContactLocator, noteIdField],
});
