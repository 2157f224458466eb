import type { INodeProperties } from 'n8n-workflow';
import { numericIdField } from '../../../shared/fields/locators';
import { nestBodyUnder } from '../../shared/request/nestedBody';
import { ACCOUNT, locator, required } from '../../shared/request/fieldSources';
import { type RequestSpec } from '../../shared/request/buildRequest';
import { positiveInteger, requiredText } from '../../../shared/fields/validators';
import { contactLocatorField } from '../contact/fields';

export const NOTES_URL = '/api/v1/accounts/{account_id}/contacts/{contact_id}/notes';
export const NOTE_URL = '/api/v1/accounts/{account_id}/contacts/{contact_id}/notes/{id}';

const contactId = locator('contactNoteContact', 'Contact');

export const notesPath = { account_id: ACCOUNT, contact_id: contactId };
export const notePath = { ...notesPath, id: required('contactNoteId', 'Note ID', positiveInteger) };

/** The contact whose notes these are, the first field of every operation. */
export const noteContactLocator: INodeProperties = contactLocatorField('contactNoteContact', 'Contact', 'The contact the notes belong to');

export const noteIdField = numericIdField({
	displayName: 'Note ID',
	name: 'contactNoteId',
	description: 'ID of the note (the `id` of a note that Get Many or Create returned)',
});

export const contentField: INodeProperties = {
	displayName: 'Content',
	name: 'contactNoteContent',
	type: 'string',
	typeOptions: { rows: 4 },
	required: true,
	default: '',
	placeholder: 'e.g. Called about the renewal; wants a quote by Friday',
	description: 'Text of the note (Markdown is shown formatted in the dashboard)',
};

/** Create and Update: the content, under `note` as the controller reads it (`params.require(:note)`). */
export const noteBody: Omit<RequestSpec, 'path'> = {
	body: { content: required('contactNoteContent', 'Content', requiredText) },
	...nestBodyUnder('note'),
};
