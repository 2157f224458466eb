import { defineOperation } from '../../shared/declare/operation';
import { NOTE_URL, contentField, noteContactLocator, noteBody, noteIdField, notePath } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Change the text of a contact note',
	method: 'PATCH',
	url: NOTE_URL,
	request: { path: notePath, ...noteBody },
	fields: [noteContactLocator, noteIdField, contentField],
});
