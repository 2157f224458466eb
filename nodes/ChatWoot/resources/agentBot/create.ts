import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { AGENT_BOTS_URL, agentBotSettingOptions, agentBotSettings, agentBotsPath } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create an agent bot',
	description: 'Create an agent bot of the account',
	method: 'POST',
	url: AGENT_BOTS_URL,
	request: {
		path: agentBotsPath,
		body: {
			name: required('agentBotName', 'Name', requiredText),
			...agentBotSettings('agentBotAdditionalFields'),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'agentBotName',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Additional Fields',
			name: 'agentBotAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: agentBotSettingOptions,
		},
	],
});
