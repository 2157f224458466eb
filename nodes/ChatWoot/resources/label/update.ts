import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { LABEL_URL, labelLocator, labelPath, labelSettingOptions, labelSettings } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a label',
	method: 'PATCH',
	url: LABEL_URL,
	request: {
		path: labelPath,
		body: {
			title: optional('labelUpdateFields.title', 'Title', text),
			...labelSettings('labelUpdateFields'),
		},
	},
	fields: [
		labelLocator,
		{
			displayName: 'Update Fields',
			name: 'labelUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				...labelSettingOptions,
				{ displayName: 'Title', name: 'title', type: 'string', default: '' } as INodeProperties,
			],
		},
	],
});
