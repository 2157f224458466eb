import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, optional } from '../../shared/request';
import { text } from '../../shared/validators';
import { agentBotIdField, agentBotIdPath, agentBotSettingOptions, agentBotSettings } from './fields';

const showOnlyForPlatformAgentBotUpdate = {
	resource: ['platformAgentBot'],
	operation: ['update'],
};

export const platformAgentBotUpdateRequest = buildRequest({
	path: agentBotIdPath,
	body: {
		name: optional('updateFields.name', 'Name', text),
		...agentBotSettings('updateFields'),
	},
});

export const platformAgentBotUpdateDescription: INodeProperties[] = [
	agentBotIdField('update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
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
