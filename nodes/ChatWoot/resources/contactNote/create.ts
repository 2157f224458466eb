import { defineOperation } from '../../shared/operation';
import { NOTES_URL, contentField, nestUnderNote, noteContactLocator, noteContent, notesPath } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Add a note to a contact',
	description: "Add a note to a contact; the token's user is its author",
	method: 'POST',
	url: NOTES_URL,
	request: { path: notesPath, body: noteContent, adjust: nestUnderNote, adjustedKeys: { body: ['note'] } },
	fields: [noteContactLocator, contentField],
});
