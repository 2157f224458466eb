import type { INodeProperties } from 'n8n-workflow';
import { buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import { agentBotSettingOptions, agentBotSettings } from './fields';

const showOnlyForPlatformAgentBotCreate = {
	resource: ['platformAgentBot'],
	operation: ['create'],
};

export const platformAgentBotCreateRequest = buildRequest({
	body: {
		name: required('platformAgentBotName', 'Name', requiredText),
		...agentBotSettings('platformAgentBotAdditionalFields'),
	},
});

export const platformAgentBotCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'platformAgentBotName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForPlatformAgentBotCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'platformAgentBotAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForPlatformAgentBotCreate },
		options: agentBotSettingOptions,
	},
];
