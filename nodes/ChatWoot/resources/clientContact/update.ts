import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { invalid } from '../../shared/validators';
import { clientContactPath, contactAttributeOptions, contactAttributes, showFor } from './fields';

export const clientContactUpdateRequest = buildRequest({
	path: clientContactPath,
	body: contactAttributes('clientContactUpdateFields'),
	adjust(request) {
		if (Object.keys(request.body).length === 0) {
			throw invalid(this, 'Update Fields', 'add at least one field to change');
		}
	},
});

export const clientContactUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'clientContactUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('update') },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: contactAttributeOptions,
	},
];
