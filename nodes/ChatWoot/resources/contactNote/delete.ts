import { defineOperation } from '../../shared/declare/operation';
import { NOTE_URL, noteContactLocator, noteIdField, notePath } from './fields';

export const deleteNote = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contact note',
	method: 'DELETE',
	url: NOTE_URL,
	request: { path: notePath },
	fields: [noteContactLocator, noteIdField],
});
