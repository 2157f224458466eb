import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { number, positiveInteger } from '../../../shared/fields/validators';
import { csvDownload } from './csvExport';
import { accountPath, optionsCollection, V2 } from './fields';

export const downloadConversationTraffic = defineOperation({
	value: 'downloadConversationTraffic',
	name: 'Download Conversation Traffic',
	action: 'Download new conversations per hour and day as a CSV file',
	description: 'A table of new conversations per hour (rows) and day (columns), up to today',
	url: `${V2}/reports/conversation_traffic`,
	...csvDownload('conversation_traffic_reports'),
	request: {
		path: accountPath,
		query: {
			timezone_offset: optional('reportTrafficOptions.timezone_offset', 'Time Zone Offset', number),
			days_before: optional('reportTrafficOptions.days_before', 'Days Before Today', positiveInteger),
		},
	},
	fields: [
		optionsCollection('reportTrafficOptions', [
			{
				displayName: 'Days Before Today',
				name: 'days_before',
				type: 'number',
				default: 6,
				typeOptions: { minValue: 1, numberPrecision: 0 },
				description: 'How many days before today the table starts (Chatwoot default: 6, a week with today)',
			},
			{
				displayName: 'Time Zone Offset',
				name: 'timezone_offset',
				type: 'number',
				default: 0,
				typeOptions: { numberPrecision: 2 },
				placeholder: 'e.g. 5.5',
				description: 'Hours from UTC of the days and hours in the table, e.g. -5 or 5.5 (Chatwoot default: 0, UTC)',
			},
		]),
	],
});
