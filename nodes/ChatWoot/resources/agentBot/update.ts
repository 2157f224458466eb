import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { agentBotPath, agentBotSettingOptions, agentBotSettings } from './fields';

export const agentBotUpdateRequest = buildRequest({
	path: agentBotPath,
	body: {
		name: optional('agentBotUpdateFields.name', 'Name', text),
		...agentBotSettings('agentBotUpdateFields'),
	},
});

export const agentBotUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'agentBotUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { resource: ['agentBot'], operation: ['update'] } },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: [
			...agentBotSettingOptions,
			{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
		],
	},
];
