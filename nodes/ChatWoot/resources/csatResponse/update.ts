import { defineOperation } from '../../shared/declare/operation';
import { numericIdField } from '../../../shared/fields/locators';
import { ACCOUNT, required } from '../../shared/request/fieldSources';
import { positiveInteger, text } from '../../../shared/fields/validators';

export const update = defineOperation({
	value: 'update',
	name: 'Update Review Notes',
	action: 'Write review notes on a CSAT response',
	description: "Set the team's own notes on a response (e.g. how a low rating was followed up)",
	method: 'PATCH',
	url: '/api/v1/accounts/{account_id}/csat_survey_responses/{id}/update',
	request: {
		path: { account_id: ACCOUNT, id: required('csatResponseId', 'Response ID', positiveInteger) },
		body: { csat_review_notes: required('csatReviewNotes', 'Review Notes', text) },
	},
	fields: [
		numericIdField({ displayName: 'Response ID', name: 'csatResponseId', description: 'The `id` of the response (Get Many lists them)' }),
		{
			displayName: 'Review Notes',
			name: 'csatReviewNotes',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'Replaces the current notes',
		},
	],
	enterprise: true,
});
