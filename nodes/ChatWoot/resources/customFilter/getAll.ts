import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { returnAllAndLimit } from '../../shared/routing';
import { filterType, filterTypeField } from './fields';

// Chatwoot lists the token user's filters of one type, all at once (no pagination).
export const customFilterGetAllRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: { filter_type: required('customFilterListType', 'Type', filterType) },
});

export const customFilterGetAllDescription: INodeProperties[] = [
	{
		...filterTypeField,
		name: 'customFilterListType',
		displayOptions: { show: { resource: ['customFilter'], operation: ['getAll'] } },
	},
	...returnAllAndLimit('customFilter', ['getAll']),
];
