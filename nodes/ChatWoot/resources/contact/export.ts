import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { oneOf, text } from '../../../shared/fields/validators';
import { CONTACTS_URL, contactsPath } from './fields';

// Contact columns the export job takes (Contact.column_names), plus its virtual `labels`
const COLUMNS: Array<[string, string]> = [
	['Additional Attributes', 'additional_attributes'],
	['Blocked', 'blocked'],
	['Created At', 'created_at'],
	['Custom Attributes', 'custom_attributes'],
	['Email', 'email'],
	['ID', 'id'],
	['Identifier', 'identifier'],
	['Labels', 'labels'],
	['Last Activity At', 'last_activity_at'],
	['Name', 'name'],
	['Phone Number', 'phone_number'],
];

const columnCheck = oneOf(COLUMNS.map(([, value]) => value));

export const exportContacts = defineOperation({
	value: 'export',
	name: 'Export',
	action: 'Export contacts to a CSV file',
	description: "Chatwoot builds the CSV file in the background and emails a download link to the token's user",
	method: 'POST',
	url: `${CONTACTS_URL}/export`,
	request: {
		path: contactsPath,
		body: {
			column_names: optional('contactExportOptions.column_names', 'Columns', (value, field, ctx) =>
				(Array.isArray(value) ? value : [value]).map((column) => columnCheck(column, field, ctx)),
			),
			label: optional('contactExportOptions.label', 'Label', text),
		},
	},
	fields: [
		{
			displayName: 'Options',
			name: 'contactExportOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Columns',
					name: 'column_names',
					type: 'multiOptions',
					options: COLUMNS.map(([name, value]) => ({ name, value })),
					default: [],
					description: 'Columns of the file, in this order; Chatwoot exports ID, name, email, phone number and labels without',
				},
				{
					displayName: 'Label',
					name: 'label',
					type: 'string',
					default: '',
					placeholder: 'e.g. vip',
					description: 'Only contacts with this label',
				},
			],
		},
	],
});
