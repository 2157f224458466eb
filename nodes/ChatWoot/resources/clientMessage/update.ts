import type { IDataObject } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { integer, invalid, positiveInteger, text } from '../../../shared/fields/validators';
import { MESSAGES_URL, conversationFields, conversationPath } from './fields';

/**
 * The contact's answer to a bot message (input select, form, CSAT survey), sent as
 * `submitted_values`. Its known keys are plain fields here.
 */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Answer a bot message as the contact',
	description: 'Submit the contact\'s choice, form values or CSAT rating for a message',
	method: 'PATCH',
	url: `${MESSAGES_URL}/{message_id}`,
	request: {
		path: { ...conversationPath, message_id: required('messageId', 'Message ID', positiveInteger) },
		adjust(request) {
			const fields = this.getNodeParameter('submittedValues', {}) as IDataObject;
			const values: IDataObject = {};
			for (const [key, label] of [
				['name', 'Name'],
				['title', 'Title'],
				['value', 'Value'],
			] as const) {
				if (fields[key] !== undefined && String(fields[key]).trim() !== '') values[key] = text(fields[key], label, this);
			}
			const survey: IDataObject = {};
			if (fields.rating !== undefined && String(fields.rating).trim() !== '') {
				const rating = integer(fields.rating, 'CSAT Rating', this);
				if (rating < 1 || rating > 5) throw invalid(this, 'CSAT Rating', `must be 1 to 5, got ${rating}`);
				survey.rating = rating;
			}
			if (typeof fields.feedback_message === 'string' && fields.feedback_message.trim() !== '') {
				survey.feedback_message = fields.feedback_message;
			}
			if (Object.keys(survey).length) values.csat_survey_response = survey;
			if (Object.keys(values).length === 0) {
				throw invalid(this, 'Submitted Values', 'add at least one value to send');
			}
			request.body.submitted_values = values;
		},
		adjustedKeys: { body: ['submitted_values'] },
	},
	fields: [
		...conversationFields,
		{
			displayName: 'Message ID',
			name: 'messageId',
			type: 'number',
			required: true,
			default: 0,
			typeOptions: { minValue: 1, numberPrecision: 0 },
			description: 'ID of the bot message the contact answers',
		},
		{
			displayName: 'Submitted Values',
			name: 'submittedValues',
			type: 'collection',
			placeholder: 'Add Value',
			default: {},
			description: "The contact's answer to the message",
			options: [
				{
					displayName: 'CSAT Feedback Message',
					name: 'feedback_message',
					type: 'string',
					default: '',
					description: 'Comment of the contact in a satisfaction survey',
				},
				{
					displayName: 'CSAT Rating',
					name: 'rating',
					type: 'number',
					default: 5,
					typeOptions: { minValue: 1, maxValue: 5, numberPrecision: 0 },
					description: 'Rating of a satisfaction survey, 1 (worst) to 5 (best)',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'Name of the submitted field',
				},
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					description: 'Title of the chosen option',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
					description: 'Value of the chosen option or the entered text',
				},
			],
		},
	],
});
