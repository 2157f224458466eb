import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { conditionsField } from '../../shared/fields/conditions';
import { text } from '../../../shared/fields/validators';
import { customFilterLocator, customFilterPath, FILTER_URL, filterQuery, filterType, filterTypeField } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a custom filter',
	method: 'PATCH',
	url: FILTER_URL,
	// filter_type, not the spec's `type`, which the server drops (see create.ts)
	request: {
		path: customFilterPath,
		body: {
			name: optional('customFilterUpdateFields.name', 'Name', text),
			filter_type: optional('customFilterUpdateFields.filterType', 'Type', filterType),
			query: optional('customFilterUpdateFields.conditions', 'Conditions', filterQuery),
		},
	},
	fields: [
		customFilterLocator,
		{
			displayName: 'Update Fields',
			name: 'customFilterUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; conditions replace the current ones',
			options: [
				conditionsField('The conditions records must meet to appear in the filter'),
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				filterTypeField,
			],
		},
	],
});
