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
		name: required('platformAccountName', 'Name', requiredText),
		...accountSettings('platformAccountAdditionalFields'),
	},
});

export const platformAccountCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'platformAccountName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForPlatformAccountCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'platformAccountAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForPlatformAccountCreate },
		options: accountSettingOptions,
	},
];
