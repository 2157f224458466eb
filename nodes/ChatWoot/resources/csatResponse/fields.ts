import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { unixTime } from '../../shared/fields/formats';
import { relatedLocator } from '../../../shared/fields/locators';
import { ACCOUNT, optional, optionalLocator, type FieldSource } from '../../shared/request/fieldSources';
import { type BuiltRequest } from '../../shared/request/buildRequest';
import { integerList, invalid, oneOf } from '../../../shared/fields/validators';

export const RESPONSES_URL = '/api/v1/accounts/{account_id}/csat_survey_responses';

export const responsesPath = { account_id: ACCOUNT };

const RATINGS = ['1', '2', '3', '4', '5'];

/**
 * The filters the controller reads (`set_csat_survey_responses`), from one collection;
 * `dates: false` leaves out Since and Until (Download has them as fields of their own).
 */
export function responseFilters(collection: string, dates = true): Record<string, FieldSource> {
	const period = { since: optional(`${collection}.since`, 'Since', unixTime), until: optional(`${collection}.until`, 'Until', unixTime) };
	return {
		...(dates ? period : {}),
		inbox_id: optionalLocator(`${collection}.inbox_id`, 'Inbox'),
		team_id: optionalLocator(`${collection}.team_id`, 'Team'),
		user_ids: optional(`${collection}.user_ids`, 'Agent IDs', integerList),
		rating: optional(`${collection}.rating`, 'Ratings', (value, field, ctx) =>
			(Array.isArray(value) ? value : [value]).map((rating) => oneOf(RATINGS)(String(rating), field, ctx)),
		),
	};
}

/** Chatwoot filters by date only with both ends (DateRangeHelper#range); one alone would be ignored. */
export function needBothDates(this: IExecuteSingleFunctions, request: BuiltRequest) {
	const { since, until } = request.query;
	if ((since === undefined) !== (until === undefined)) {
		throw invalid(this, since === undefined ? 'Since' : 'Until', 'is required when the other end of the period is set', 'Chatwoot filters by date only with both Since and Until; with one of them it would return every response.');
	}
}

/** The filter options; `dates: false` leaves Since and Until out (Download has them as fields). */
export function responseFilterOptions(dates: boolean): INodeProperties[] {
	const period: INodeProperties[] = [
		{
			displayName: 'Since',
			name: 'since',
			type: 'dateTime',
			default: '',
			description: 'Responses recorded at or after this time (needs Until too)',
		},
		{
			displayName: 'Until',
			name: 'until',
			type: 'dateTime',
			default: '',
			description: 'Responses recorded before this time (needs Since too)',
		},
	];
	return [
		{
			displayName: 'Agent IDs',
			name: 'user_ids',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1, 4',
			description: 'Comma-separated IDs of the agents the conversations were assigned to',
		},
		relatedLocator('inbox', 'inbox_id', 'Only responses from conversations of this inbox'),
		{
			displayName: 'Ratings',
			name: 'rating',
			type: 'multiOptions',
			options: RATINGS.map((value) => ({ name: value, value })),
			default: [],
			description: 'Only responses with these ratings (1 is the lowest, 5 the highest)',
		},
		...(dates ? period : []),
		relatedLocator('team', 'team_id', 'Only responses from conversations of this team'),
	];
}
