import { defineOperation } from '../../shared/declare/operation';
import { AGENT_URL, agentLocator, agentPath, availabilityOptions, availabilitySettings, role, roleField } from './fields';

export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update an agent',
	description: "Change an agent's role or availability",
	method: 'PATCH',
	url: AGENT_URL,
	// The spec makes role required on update, so it is always sent.
	request: {
		path: agentPath,
		body: {
			role: role('agentNewRole'),
			...availabilitySettings('agentUpdateFields'),
		},
	},
	fields: [
		agentLocator,
		roleField(
			'agentNewRole',
			"Always sent (Chatwoot's API requires it): to keep the agent's role, pick the role they have now",
		),
		{
			displayName: 'Update Fields',
			name: 'agentUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields added here are sent; everything else stays as it is',
			options: availabilityOptions,
		},
	],
});
