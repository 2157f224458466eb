import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { positiveInteger } from '../../../shared/fields/validators';
import { accountPath, reportEntries, V2 } from './fields';

export const getYearInReview = defineOperation({
	value: 'getYearInReview',
	name: 'Get Year in Review',
	action: "Get the token user's year in review",
	description: "The token user's conversations, busiest day and support personality of one year",
	method: 'GET',
	url: `${V2}/year_in_review`,
	request: { path: accountPath, query: { year: required('reportYear', 'Year', positiveInteger) } },
	fields: [
		{
			displayName: 'Year',
			name: 'reportYear',
			type: 'number',
			required: true,
			// Chatwoot's own default (year_in_reviews_controller.rb: `params[:year] || 2025`)
			default: 2025,
			typeOptions: { minValue: 1, numberPrecision: 0 },
			description:
				"Chatwoot computes a year once and keeps the answer in the token user's UI settings; later requests return that copy",
		},
	],
	output: [reportEntries],
});
