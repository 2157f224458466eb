import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { conditionsField } from '../../shared/conditions';
import { text } from '../../shared/validators';
import { customFilterPath, filterQuery, filterType, filterTypeField } from './fields';

// filter_type, not the spec's `type`, which the server drops (see create.ts)
export const customFilterUpdateRequest = buildRequest({
	path: customFilterPath,
	body: {
		name: optional('customFilterUpdateFields.name', 'Name', text),
		filter_type: optional('customFilterUpdateFields.filterType', 'Type', filterType),
		query: optional('customFilterUpdateFields.conditions', 'Conditions', filterQuery),
	},
});

export const customFilterUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'customFilterUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['customFilter'], operation: ['update'] } },
		description: 'Only the fields added here are sent; conditions replace the current ones',
		options: [
			conditionsField('The conditions records must meet to appear in the filter'),
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			filterTypeField,
		],
	},
];
