import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import {
	CANNED_RESPONSE_URL,
	cannedResponseLocator,
	cannedResponsePath,
	contentDescription,
	shortCodeDescription,
} from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a canned response',
	method: 'PATCH',
	url: CANNED_RESPONSE_URL,
	request: {
		path: cannedResponsePath,
		body: {
			short_code: optional('cannedResponseUpdateFields.short_code', 'Short Code', text),
			content: optional('cannedResponseUpdateFields.content', 'Content', text),
		},
	},
	fields: [
		cannedResponseLocator,
		{
			displayName: 'Update Fields',
			name: 'cannedResponseUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				{
					displayName: 'Content',
					name: 'content',
					type: 'string',
					typeOptions: { rows: 4 },
					default: '',
					description: contentDescription,
				},
				{
					displayName: 'Short Code',
					name: 'short_code',
					type: 'string',
					default: '',
					description: shortCodeDescription,
				},
			],
		},
	],
});
