import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { relatedLocator } from '../../../shared/fields/locators';
import { unwrap } from '../../shared/response/output';
import { ACCOUNT, optional, optionalLocator, type FieldSource } from '../../shared/request/fieldSources';
import { type BuiltRequest, type RequestSpec } from '../../shared/request/buildRequest';
import { unixSeconds } from '../../shared/fields/time';
import { boolean, invalid, oneOf, positiveInteger } from '../../../shared/fields/validators';

export const V2 = '/api/v2/accounts/{account_id}';

export const accountPath = { account_id: ACCOUNT };

/** A report's answer is one object, or an array split into one item per entry. */
export const reportEntries = unwrap('');

/** Since and Until, as Unix seconds (Chatwoot's DateRangeHelper reads them with strptime '%s'). */
export function dateRange(collection: string): Record<string, FieldSource> {
	return {
		since: optional(`${collection}.since`, 'Since', unixSeconds),
		until: optional(`${collection}.until`, 'Until', unixSeconds),
	};
}

export const dateRangeOptions: INodeProperties[] = [
	{
		displayName: 'Since',
		name: 'since',
		type: 'dateTime',
		default: '',
		description:
			'Start of the period, in the workflow time zone. Set Until as well: most reports filter by date only when both are set.',
	},
	{
		displayName: 'Until',
		name: 'until',
		type: 'dateTime',
		default: '',
		description: 'End of the period (in the workflow time zone)',
	},
];

export const businessHoursOption: INodeProperties = {
	displayName: 'Business Hours',
	name: 'business_hours',
	type: 'boolean',
	default: false,
	description: "Whether to count times within the inboxes' business hours only",
};

export const businessHours = (collection: string) =>
	optional(`${collection}.business_hours`, 'Business Hours', boolean);

/**
 * An Options collection of reports, alphabetical as the editor wants it. Reports with the
 * same options share one collection: `reportOptions` (the date range only),
 * `reportBusinessHoursOptions`, `reportInboxLabelOptions`.
 */
export function optionsCollection(name: string, options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name,
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** Options of the reports that take a date range and nothing else. */
export const reportOptions = optionsCollection('reportOptions', dateRangeOptions);

/** The Options of the agent, inbox and team summaries: the date range and Business Hours. */
export const reportBusinessHoursOptions = optionsCollection('reportBusinessHoursOptions', [
	...dateRangeOptions,
	businessHoursOption,
]);

/**
 * The query of the summary reports (Chatwoot 4.x): one record per agent, inbox or team with
 * counts and average times, or counts per channel type. They share the date range; all but
 * the channel report can count business hours only.
 */
export function summaryQuery(withBusinessHours: boolean): RequestSpec['query'] {
	const collection = withBusinessHours ? 'reportBusinessHoursOptions' : 'reportOptions';
	const query: RequestSpec['query'] = { ...dateRange(collection) };
	if (withBusinessHours) query.business_hours = businessHours(collection);
	return query;
}

// What a report is about; everything but the account needs the ID of one record.
const REPORT_TYPES = ['account', 'agent', 'inbox', 'label', 'team'] as const;
export const reportType = oneOf(REPORT_TYPES);

/** What Get Metric Over Time and Get Metrics Summary report on. */
export const reportTypeFields: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		required: true,
		default: 'account',
		options: [
			{ name: 'Account', value: 'account', description: 'The whole account' },
			{ name: 'Agent', value: 'agent', description: 'One agent' },
			{ name: 'Inbox', value: 'inbox', description: 'One inbox' },
			{ name: 'Label', value: 'label', description: 'Conversations with one label' },
			{ name: 'Team', value: 'team', description: 'One team' },
		],
		description: 'What the report is about',
	},
	{
		displayName: 'ID',
		name: 'recordId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 42',
		description: 'ID of the agent, inbox, label or team the report is about',
		displayOptions: { hide: { type: ['account'] } },
	},
];

/**
 * The record of an agent/inbox/label/team report. Read here rather than as a field source
 * because the field is hidden (and so absent) for account reports.
 */
export function addReportObjectId(this: IExecuteSingleFunctions, request: BuiltRequest) {
	const type = request.query.type as string;
	if (type === 'account') return;
	const id = this.getNodeParameter('recordId', '') as unknown;
	if (id === undefined || id === null || String(id).trim() === '') {
		throw invalid(this, 'ID', `is required for a report about one ${type}`);
	}
	request.query.id = positiveInteger(id, 'ID', this);
}

/** The team of the live conversation counts (both live reports); empty means the whole account. */
export const liveTeamLocator = relatedLocator('team', 'reportLiveTeam', 'Count only the conversations of this team; leave empty for the whole account');

export const liveTeam = optionalLocator('reportLiveTeam', 'Team');
