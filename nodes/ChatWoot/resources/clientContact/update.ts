import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, fieldLabels, nothingToUpdate } from '../../shared/request';
import { clientContactPath, contactAttributeOptions, contactAttributes, showFor } from './fields';

export const clientContactUpdateRequest = buildRequest({
	path: clientContactPath,
	body: contactAttributes('clientContactUpdateFields'),
	adjust(request) {
		if (Object.keys(request.body).length === 0) {
			throw nothingToUpdate(this, 'clientContactUpdateFields', fieldLabels(clientContactUpdateRequest.spec, 'clientContactUpdateFields'));
		}
	},
});

// The server drops the identifier before updating (public contacts_controller.rb:19) and
// uses it only to check the Identifier Hash: the field says so rather than promise a change.
const updateOptions = contactAttributeOptions.map((option) =>
	option.name === 'identifier'
		? {
				...option,
				description:
					"The contact's ID in your own system, sent only to check the Identifier Hash: Chatwoot never changes a contact's identifier here",
			}
		: option,
);

export const clientContactUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'clientContactUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('update') },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: updateOptions,
	},
];
