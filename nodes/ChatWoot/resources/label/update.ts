import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { labelPath, labelSettingOptions, labelSettings } from './fields';

const showOnlyForLabelUpdate = {
	resource: ['label'],
	operation: ['update'],
};

export const labelUpdateRequest = buildRequest({
	path: labelPath,
	body: {
		title: optional('labelUpdateFields.title', 'Title', text),
		...labelSettings('labelUpdateFields'),
	},
});

export const labelUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'labelUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForLabelUpdate },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: [
			...labelSettingOptions,
			{ displayName: 'Title', name: 'title', type: 'string', default: '' } as INodeProperties,
		],
	},
];
