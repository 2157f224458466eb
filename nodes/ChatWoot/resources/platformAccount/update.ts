import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { accountIdPath, accountSettingOptions, accountSettings } from './fields';

const showOnlyForPlatformAccountUpdate = {
	resource: ['platformAccount'],
	operation: ['update'],
};

export const platformAccountUpdateRequest = buildRequest({
	path: accountIdPath,
	body: {
		name: optional('platformAccountUpdateFields.name', 'Name', text),
		...accountSettings('platformAccountUpdateFields'),
	},
});

export const platformAccountUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'platformAccountUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForPlatformAccountUpdate },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
			...accountSettingOptions,
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];
