import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { integerList } from '../../../shared/fields/validators';
import { accountPath, dateRange, dateRangeOptions, optionsCollection, reportEntries, V2 } from './fields';

export const getInboxLabelMatrix = defineOperation({
	value: 'getInboxLabelMatrix',
	name: 'Get Inbox Label Matrix',
	action: 'Get conversation counts per inbox and label',
	description: 'Chatwoot 4.11 and later',
	method: 'GET',
	url: `${V2}/reports/inbox_label_matrix`,
	request: {
		path: accountPath,
		query: {
			...dateRange('reportInboxLabelOptions'),
			inbox_ids: optional('reportInboxLabelOptions.inbox_ids', 'Inbox IDs', integerList),
			label_ids: optional('reportInboxLabelOptions.label_ids', 'Label IDs', integerList),
		},
	},
	fields: [
		optionsCollection('reportInboxLabelOptions', [
			...dateRangeOptions,
			{
				displayName: 'Inbox IDs',
				name: 'inbox_ids',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1, 4',
				description: 'Comma-separated IDs of the inboxes to include; all inboxes when empty',
			},
			{
				displayName: 'Label IDs',
				name: 'label_ids',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2, 7',
				description: 'Comma-separated IDs of the labels to include; all labels when empty',
			},
		]),
	],
	output: [reportEntries],
	// inbox_ids[]=1&inbox_ids[]=2: how Rails reads an array from a query string
	arrayFormat: 'brackets',
});
