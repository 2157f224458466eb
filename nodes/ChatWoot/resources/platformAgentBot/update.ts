import type { INodeProperties } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import { optional } from '../../shared/request/fieldSources';
import { text } from '../../../shared/fields/validators';
import { AGENT_BOT_URL, agentBotIdField, agentBotIdPath, agentBotSettingOptions, agentBotSettings } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a platform agent bot',
	method: 'PATCH',
	url: AGENT_BOT_URL,
	request: {
		path: agentBotIdPath,
		body: {
			name: optional('platformAgentBotUpdateFields.name', 'Name', text),
			...agentBotSettings('platformAgentBotUpdateFields'),
		},
	},
	fields: [
		agentBotIdField,
		{
			displayName: 'Update Fields',
			name: 'platformAgentBotUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' } as INodeProperties,
				...agentBotSettingOptions,
			].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	],
});
