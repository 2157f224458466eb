import { defineOperation } from '../../shared/operation';
import { NOTE_URL, contentField, nestUnderNote, noteContactLocator, noteContent, noteIdField, notePath } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Change the text of a contact note',
	method: 'PATCH',
	url: NOTE_URL,
	request: { path: notePath, body: noteContent, adjust: nestUnderNote, adjustedKeys: { body: ['note'] } },
	fields: [noteContactLocator, noteIdField, contentField],
});
