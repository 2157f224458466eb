import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { ACCOUNTS_URL, accountSettingOptions, accountSettings } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create an account',
	description: 'Create an account on the installation',
	method: 'POST',
	url: ACCOUNTS_URL,
	request: {
		body: {
			name: required('platformAccountName', 'Name', requiredText),
			...accountSettings('platformAccountAdditionalFields'),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'platformAccountName',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Additional Fields',
			name: 'platformAccountAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: accountSettingOptions,
		},
	],
});
