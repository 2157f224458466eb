import type { INodeProperties } from 'n8n-workflow';
import { contactIdentifierField, inboxIdentifierField } from '../../shared/clientApi';
import { buildRequest } from '../../shared/request';
import { invalid } from '../../shared/validators';
import { clientContactPath, contactAttributeOptions, contactAttributes, showFor } from './fields';

export const clientContactUpdateRequest = buildRequest({
	path: clientContactPath,
	body: contactAttributes('updateFields'),
	adjust(request) {
		if (Object.keys(request.body).length === 0) {
			throw invalid(this, 'Update Fields', 'add at least one field to change');
		}
	},
});

export const clientContactUpdateDescription: INodeProperties[] = [
	inboxIdentifierField(showFor('update')),
	contactIdentifierField(showFor('update')),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('update') },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: contactAttributeOptions,
	},
];
