import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { oneOf } from '../../shared/validators';
import { dateRange, showFor } from './fields';

export const reportGetOutgoingMessagesCountRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: {
		group_by: required('groupBy', 'Group By', oneOf(['agent', 'inbox', 'label', 'team'] as const)),
		...dateRange('reportOptions'),
	},
});

export const reportGetOutgoingMessagesCountDescription: INodeProperties[] = [
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'options',
		required: true,
		default: 'agent',
		options: [
			{ name: 'Agent', value: 'agent', description: 'Messages sent by bots are not counted' },
			{ name: 'Inbox', value: 'inbox' },
			{ name: 'Label', value: 'label' },
			{ name: 'Team', value: 'team' },
		],
		displayOptions: { show: showFor('getOutgoingMessagesCount') },
	},
];
