import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { AGENT_BOT_URL, agentBotLocator, agentBotPath, agentBotSettingOptions, agentBotSettings } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update an agent bot',
	method: 'PATCH',
	url: AGENT_BOT_URL,
	request: {
		path: agentBotPath,
		body: {
			name: optional('agentBotUpdateFields.name', 'Name', text),
			...agentBotSettings('agentBotUpdateFields'),
		},
	},
	fields: [
		agentBotLocator,
		{
			displayName: 'Update Fields',
			name: 'agentBotUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				...agentBotSettingOptions,
				{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
			],
		},
	],
});
