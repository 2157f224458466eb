import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, buildRequest, required } from '../../shared/request';
import { requiredText } from '../../shared/validators';
import { agentBotSettingOptions, agentBotSettings } from './fields';

const showOnlyForAgentBotCreate = {
	resource: ['agentBot'],
	operation: ['create'],
};

export const agentBotCreateRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		name: required('agentBotName', 'Name', requiredText),
		...agentBotSettings('agentBotAdditionalFields'),
	},
});

export const agentBotCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'agentBotName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForAgentBotCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'agentBotAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForAgentBotCreate },
		options: agentBotSettingOptions,
	},
];
