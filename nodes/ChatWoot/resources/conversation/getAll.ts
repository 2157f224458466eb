import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { listFilterOptions, listFilters, showFor } from './fields';

export const conversationGetAllRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: listFilters(true),
});

export const conversationGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('conversation', ['getAll']),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('getAll') },
		options: listFilterOptions(true),
	},
];
