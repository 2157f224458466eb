import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import { accountSettingOptions, accountSettings } from './fields';

const showOnlyForPlatformAccountCreate = {
	resource: ['platformAccount'],
	operation: ['create'],
};

export const platformAccountCreateRequest = buildRequest({
	body: {
		name: required('name', 'Name', requiredText),
		...accountSettings('additionalFields'),
	},
});

export const platformAccountCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForPlatformAccountCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForPlatformAccountCreate },
		options: accountSettingOptions,
	},
];
