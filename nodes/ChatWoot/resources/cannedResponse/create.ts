import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { CANNED_RESPONSES_URL, cannedResponsesPath, contentDescription, shortCodeDescription } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a canned response',
	method: 'POST',
	url: CANNED_RESPONSES_URL,
	request: {
		path: cannedResponsesPath,
		body: {
			short_code: required('short_code', 'Short Code', requiredText),
			content: required('cannedResponseContent', 'Content', requiredText),
		},
	},
	fields: [
		{
			displayName: 'Short Code',
			name: 'short_code',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. welcome',
			description: shortCodeDescription,
		},
		{
			displayName: 'Content',
			name: 'cannedResponseContent',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: contentDescription,
		},
	],
});
