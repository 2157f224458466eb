import { defineOperation, RETURN_ALL_AND_LIMIT } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { accountPath, INTEGRATIONS_URL } from './fields';

export const searchLinearIssues = defineOperation({
	value: 'searchLinearIssues',
	name: 'Search Linear Issues',
	action: 'Search the issues of the connected Linear workspace',
	method: 'GET',
	url: `${INTEGRATIONS_URL}/linear/search_issue`,
	request: { path: accountPath, query: { q: required('linearSearchTerm', 'Search Term', requiredText) } },
	fields: [
		{
			displayName: 'Search Term',
			name: 'linearSearchTerm',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. checkout error',
			description: "Words of the issues' titles or descriptions, or an identifier like ENG-123",
		},
		RETURN_ALL_AND_LIMIT,
	],
	// Linear's first page of matches, at once
	list: { records: [''] },
});
