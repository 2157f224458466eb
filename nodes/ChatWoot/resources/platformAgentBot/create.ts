import { defineOperation } from '../../shared/declare/operation';
import { required } from '../../shared/request/fieldSources';
import { requiredText } from '../../../shared/fields/validators';
import { AGENT_BOTS_URL, agentBotSettingOptions, agentBotSettings } from './fields';

export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a platform agent bot',
	description: 'Create an agent bot on the installation',
	method: 'POST',
	url: AGENT_BOTS_URL,
	request: {
		body: {
			name: required('platformAgentBotName', 'Name', requiredText),
			...agentBotSettings('platformAgentBotAdditionalFields'),
		},
	},
	fields: [
		{
			displayName: 'Name',
			name: 'platformAgentBotName',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Additional Fields',
			name: 'platformAgentBotAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: agentBotSettingOptions,
		},
	],
});
