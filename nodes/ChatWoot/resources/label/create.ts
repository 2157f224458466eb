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
		title: required('labelTitle', 'Title', requiredText),
		...labelSettings('labelAdditionalFields'),
	},
});

export const labelCreateDescription: INodeProperties[] = [
	{
		displayName: 'Title',
		name: 'labelTitle',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. vip',
		description: 'Name of the label; Chatwoot stores it in lower case, without spaces',
		displayOptions: { show: showOnlyForLabelCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'labelAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForLabelCreate },
		options: labelSettingOptions,
	},
];
