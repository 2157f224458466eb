import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { agentBotIdPath, agentBotSettingOptions, agentBotSettings } from './fields';

const showOnlyForPlatformAgentBotUpdate = {
	resource: ['platformAgentBot'],
	operation: ['update'],
};

export const platformAgentBotUpdateRequest = buildRequest({
	path: agentBotIdPath,
	body: {
		name: optional('platformAgentBotUpdateFields.name', 'Name', text),
		...agentBotSettings('platformAgentBotUpdateFields'),
	},
});

export const platformAgentBotUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'platformAgentBotUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForPlatformAgentBotUpdate },
		description: 'Only the fields added here are sent; everything else stays as it is',
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
			...agentBotSettingOptions,
		].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];
