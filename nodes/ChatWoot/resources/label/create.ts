import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { LABELS_URL, labelSettingOptions, labelSettings, labelsPath } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a label',
	method: 'POST',
	url: LABELS_URL,
	request: {
		path: labelsPath,
		body: {
			title: required('labelTitle', 'Title', requiredText),
			...labelSettings('labelAdditionalFields'),
		},
	},
	fields: [
		{
			displayName: 'Title',
			name: 'labelTitle',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. vip',
			description: 'Name of the label; Chatwoot stores it in lower case, without spaces',
		},
		{
			displayName: 'Additional Fields',
			name: 'labelAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: labelSettingOptions,
		},
	],
});
