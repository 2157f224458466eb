import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import { labelSettingOptions, labelSettings } from './fields';

const showOnlyForLabelCreate = {
	resource: ['label'],
	operation: ['create'],
};

export const labelCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		title: required('title', 'Title', requiredText),
		...labelSettings('additionalFields'),
	},
});

export const labelCreateDescription: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. vip',
		description: 'Name of the label; Chatwoot stores it in lower case, without spaces',
		displayOptions: { show: showOnlyForLabelCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForLabelCreate },
		options: labelSettingOptions,
	},
];
