import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { conditionsField } from '../../shared/conditions';
import { requiredText } from '../../shared/validators';
import { filterQuery, filterType, filterTypeField } from './fields';

const showOnlyForCustomFilterCreate = {
	resource: ['customFilter'],
	operation: ['create'],
};

// The spec documents the type both as the `type` body key and as the `filter_type` query
// parameter; the one Type field fills both.
export const customFilterCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: { filter_type: required('customFilterType', 'Type', filterType) },
	body: {
		name: required('customFilterName', 'Name', requiredText),
		type: required('customFilterType', 'Type', filterType),
		query: required('customFilterConditions', 'Conditions', filterQuery),
	},
});

export const customFilterCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'customFilterName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForCustomFilterCreate },
	},
	{
		...filterTypeField,
		name: 'customFilterType',
		required: true,
		displayOptions: { show: showOnlyForCustomFilterCreate },
	},
	{
		...conditionsField('The conditions records must meet to appear in the filter'),
		name: 'customFilterConditions',
		required: true,
		displayOptions: { show: showOnlyForCustomFilterCreate },
	},
];
