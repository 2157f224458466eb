import { defineOperation } from '../../shared/declare/operation';
import { invalid } from '../../../shared/fields/validators';
import { HOOK_URL, hookLocator, hookPath, hookSettingOptions, hookSettings } from './fields';

export const updateHook = defineOperation({
	value: 'updateHook',
	name: 'Update Hook',
	action: 'Update an integration hook',
	method: 'PATCH',
	url: HOOK_URL,
	request: {
		path: hookPath,
		body: hookSettings('integrationUpdateFields'),
		adjust(request) {
			if (Object.keys(request.body).length === 0) {
				throw invalid(this, 'Update Fields', 'add Status or Settings to change');
			}
		},
	},
	fields: [
		hookLocator,
		{
			displayName: 'Update Fields',
			name: 'integrationUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: hookSettingOptions,
		},
	],
});
