import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, optional } from '../../shared/request';
import { integerList } from '../../shared/validators';
import { dateRange, dateRangeOptions, optionsCollection } from './fields';

// Sent as inbox_ids[]=1&inbox_ids[]=2 (the routing sets arrayFormat: brackets), which is
// how Rails reads an array from a query string.
export const reportGetInboxLabelMatrixRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: {
		...dateRange('reportInboxLabelOptions'),
		inbox_ids: optional('reportInboxLabelOptions.inbox_ids', 'Inbox IDs', integerList),
		label_ids: optional('reportInboxLabelOptions.label_ids', 'Label IDs', integerList),
	},
});

export const reportGetInboxLabelMatrixDescription: INodeProperties[] = [
	optionsCollection('reportInboxLabelOptions', ['getInboxLabelMatrix'], [
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
];
