import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { NOTES_URL, noteContactLocator, notesPath } from './fields';

export const getAll = defineOperation({
	value: 'getAll',
	name: 'Get Many',
	action: 'Get the notes of a contact',
	description: 'Get the notes of a contact, newest first',
	method: 'GET',
	url: NOTES_URL,
	request: { path: notesPath },
	fields: [noteContactLocator, RETURN_ALL_AND_LIMIT],
	// Chatwoot answers with every note at once (no pagination): Limit cuts the answer.
	list: { records: [''] },
});
