import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { SLA_POLICIES_URL, slaPoliciesPath, slaPolicySettingOptions, slaPolicySettings, unwrapPolicy } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create an SLA policy',
	method: 'POST',
	enterprise: true,
	url: SLA_POLICIES_URL,
	request: {
		path: slaPoliciesPath,
		body: { name: required('slaPolicyName', 'Name', requiredText), ...slaPolicySettings('slaPolicyAdditionalFields') },
	},
	fields: [
		{
			displayName: 'Name',
			name: 'slaPolicyName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Premium support',
		},
		{
			displayName: 'Additional Fields',
			name: 'slaPolicyAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: slaPolicySettingOptions,
		},
	],
	output: [unwrapPolicy],
});
