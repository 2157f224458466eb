import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { readBinaryFiles } from '../../shared/files/multipart';
import { readOnce } from '../../../shared/fields/reads';
import { invalid, show } from '../../../shared/fields/validators';
import { CONTACTS_URL, contactsPath } from './fields';

const LABEL = 'Input Binary Field';

/**
 * The CSV file as `import_file`: exactly one binary property of the item, not empty (Chatwoot
 * accepts an empty file and imports nothing, so the mistake would show only in the email).
 */
async function importFile(ctx: IExecuteSingleFunctions) {
	const name = readOnce<unknown>(ctx, 'contactImportBinaryProperty', 'data');
	if (typeof name !== 'string' || name.trim() === '') throw invalid(ctx, LABEL, 'is required and cannot be empty');
	if (name.includes(',')) throw invalid(ctx, LABEL, `must name one binary property, got ${show(name)}`, 'Chatwoot imports one CSV file per request.');
	const files = await readBinaryFiles(ctx, name, LABEL, 'import_file');
	if (files[0].data.length === 0) throw invalid(ctx, LABEL, `the file "${files[0].fileName}" is empty`);
	return files;
}

export const importContacts = defineOperation({
	value: 'import',
	name: 'Import',
	action: 'Import contacts from a CSV file',
	description:
		"Chatwoot reads the CSV file in the background (columns such as name, email, phone_number, identifier, labels) and emails the result to the account's administrators",
	method: 'POST',
	url: `${CONTACTS_URL}/import`,
	request: { path: contactsPath },
	fields: [
		{
			displayName: 'Input Binary Field',
			name: 'contactImportBinaryProperty',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field holding the CSV file',
		},
	],
	// The file goes out as multipart/form-data, the form field Chatwoot reads (contacts_controller.rb)
	files: { read: importFile },
});
