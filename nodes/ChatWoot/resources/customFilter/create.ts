import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { conditionsField } from '../../shared/conditions';
import { requiredText } from '../../shared/validators';
import { filterQuery, filterType, filterTypeField } from './fields';

const showOnlyForCustomFilterCreate = {
	resource: ['customFilter'],
	operation: ['create'],
};

// The spec documents the type as the `type` body key and the `filter_type` query parameter;
// the server reads neither: it permits `filter_type` inside params[:custom_filter], where
// Rails puts body keys only. So the Type goes into the body as filter_type (the query copy
// stays, as the spec documents it, and does no harm).
export const customFilterCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	query: { filter_type: required('customFilterType', 'Type', filterType) },
	body: {
		name: required('customFilterName', 'Name', requiredText),
		filter_type: required('customFilterType', 'Type', filterType),
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
