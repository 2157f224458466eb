import { defineOperation } from '../../shared/declare/operation';
import { NOTES_URL, contentField, noteContactLocator, noteBody, notesPath } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Add a note to a contact',
	description: "Add a note to a contact; the token's user is its author",
	method: 'POST',
	url: NOTES_URL,
	request: { path: notesPath, ...noteBody },
	fields: [noteContactLocator, contentField],
});
