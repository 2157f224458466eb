import type { INodeProperties } from 'n8n-workflow';
import { buildRequest } from '../../shared/request';
import { invalid } from '../../shared/validators';
import { hookPath, hookSettingOptions, hookSettings } from './fields';

export const integrationUpdateHookRequest = buildRequest({
	path: hookPath,
	body: hookSettings('integrationUpdateFields'),
	adjust(request) {
		if (Object.keys(request.body).length === 0) {
			throw invalid(this, 'Update Fields', 'add Status or Settings to change');
		}
	},
});

export const integrationUpdateHookDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'integrationUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['integration'], operation: ['updateHook'] } },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: hookSettingOptions,
	},
];
