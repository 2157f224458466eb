import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { agentBotLocator, agentBotPath, agentBotSettingOptions, agentBotSettings } from './fields';

export const agentBotUpdateRequest = buildRequest({
	path: agentBotPath,
	body: {
		name: optional('updateFields.name', 'Name', text),
		...agentBotSettings('updateFields'),
	},
});

export const agentBotUpdateDescription: INodeProperties[] = [
	agentBotLocator('update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
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
