import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { listFilterOptions, listFilters, showFor } from './fields';

export const conversationGetCountsRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: listFilters('conversationCountFilters', false),
});

export const conversationGetCountsDescription: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'conversationCountFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('getCounts') },
		options: listFilterOptions(false),
	},
];
