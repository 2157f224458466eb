import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { listFilterOptions, listFilters, showFor } from './fields';

export const conversationGetAllRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: listFilters('conversationFilters', true),
});

export const conversationGetAllDescription: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'conversationFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('getAll') },
		options: listFilterOptions(true),
	},
];
