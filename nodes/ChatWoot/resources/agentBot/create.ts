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
		name: required('name', 'Name', requiredText),
		...agentBotSettings('additionalFields'),
	},
});

export const agentBotCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: showOnlyForAgentBotCreate },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForAgentBotCreate },
		options: agentBotSettingOptions,
	},
];
