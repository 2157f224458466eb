import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { conditionsField } from '../../shared/fields/conditions';
import { requiredText } from '../../../shared/fields/validators';
import { customFiltersPath, FILTERS_URL, filterQuery, filterType, filterTypeField } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a custom filter',
	description: 'Save a filter of conversations, contacts or reports for the token user',
	method: 'POST',
	url: FILTERS_URL,
	// The spec documents the type as the `type` body key and the `filter_type` query parameter;
	// the server reads neither: it permits `filter_type` inside params[:custom_filter], where
	// Rails puts body keys only. So the Type goes into the body as filter_type (the query copy
	// stays, as the spec documents it, and does no harm).
	request: {
		path: customFiltersPath,
		query: { filter_type: required('customFilterType', 'Type', filterType) },
		body: {
			name: required('customFilterName', 'Name', requiredText),
			filter_type: required('customFilterType', 'Type', filterType),
			query: required('customFilterConditions', 'Conditions', filterQuery),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'customFilterName',
			type: 'string',
			required: true,
			default: '',
		},
		{
			...filterTypeField,
			name: 'customFilterType',
			required: true,
		},
		{
			...conditionsField('The conditions records must meet to appear in the filter'),
			name: 'customFilterConditions',
			required: true,
		},
	],
});
