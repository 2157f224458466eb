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
		name: required('name', 'Name', requiredText),
		...agentBotSettings('additionalFields'),
	},
});

export const platformAgentBotCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForPlatformAgentBotCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForPlatformAgentBotCreate },
		options: agentBotSettingOptions,
	},
];
