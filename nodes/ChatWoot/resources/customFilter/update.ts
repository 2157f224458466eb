import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { conditionsField } from '../../shared/conditions';
import { text } from '../../shared/validators';
import { customFilterLocator, customFilterPath, filterQuery, filterType, filterTypeField } from './fields';

export const customFilterUpdateRequest = buildRequest({
	path: customFilterPath,
	body: {
		name: optional('updateFields.name', 'Name', text),
		type: optional('updateFields.filterType', 'Type', filterType),
		query: optional('updateFields.conditions', 'Conditions', filterQuery),
	},
});

export const customFilterUpdateDescription: INodeProperties[] = [
	customFilterLocator('update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
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
