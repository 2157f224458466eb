import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT, locator, optional, required, type FieldSource } from '../../shared/request/fieldSources';
import { idLocator } from '../../../shared/fields/locators';
import { ownName } from '../../shared/declare/parameterNames';
import { boolean, integerList, oneOf } from '../../../shared/fields/validators';

const AGENT_ROLES = ['administrator', 'agent'] as const;
const AVAILABILITY = ['online', 'busy', 'offline'] as const;

export const AGENTS_URL = '/api/v1/accounts/{account_id}/agents';
export const AGENT_URL = '/api/v1/accounts/{account_id}/agents/{id}';

export const agentsPath = { account_id: ACCOUNT };
export const agentPath = { account_id: ACCOUNT, id: locator('agent', 'Agent') };

// The dashboard has no page per agent, hence no By URL mode.
export const agentLocator: INodeProperties = idLocator({
	name: 'agent',
	displayName: 'Agent',
	searchListMethod: 'getAgents',
});

/** Create and Update describe the role differently, so each has its own field. */
export function roleField(name: string, description: string): INodeProperties {
	return {
		displayName: 'Role',
		name,
		type: 'options',
		required: true,
		options: [
			{ name: 'Administrator', value: 'administrator' },
			{ name: 'Agent', value: 'agent' },
		],
		default: 'agent',
		description,
	};
}

export function role(param: string): FieldSource {
	return required(param, 'Role', oneOf(AGENT_ROLES));
}

/** Availability settings shared by Create (Additional Fields) and Update (Update Fields). */
export function availabilitySettings(collection: string): Record<string, FieldSource> {
	return {
		// Chatwoot's controller reads `availability`; the spec's `availability_status` is dropped.
		availability: optional(`${collection}.availability`, 'Availability', oneOf(AVAILABILITY)),
		auto_offline: optional(`${collection}.auto_offline`, 'Auto Offline', boolean),
	};
}

export const availabilityOptions: INodeProperties[] = [
	{
		displayName: 'Auto Offline',
		name: 'auto_offline',
		type: 'boolean',
		default: true,
		description: 'Whether the agent goes offline automatically when they leave the dashboard',
	},
	{
		displayName: 'Availability',
		name: 'availability',
		type: 'options',
		options: [
			{ name: 'Busy', value: 'busy' },
			{ name: 'Offline', value: 'offline' },
			{ name: 'Online', value: 'online' },
		],
		default: 'online',
	},
];

/** The Agent IDs field of each member operation, named after its resource (`teamAgentIdsToAdd`). */
const AGENT_IDS_FIELDS = {
	updateMembers: 'agentIds',
	addMembers: 'agentIdsToAdd',
	removeMembers: 'agentIdsToRemove',
} as const;

export type MemberOperation = keyof typeof AGENT_IDS_FIELDS;

/**
 * Agents of an inbox or a team, as user IDs. A list rather than one locator per agent: member
 * operations take several at once, and expressions can pass an array.
 */
export function agentIdsField(
	resource: string,
	operation: MemberOperation,
	description: string,
): INodeProperties {
	return {
		displayName: 'Agent IDs',
		name: ownName(resource, AGENT_IDS_FIELDS[operation]),
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1, 4, 7',
		description: `${description} Comma-separated user IDs of agents (Agent > Get Many lists them), or an array from an expression`,
	};
}

/** The `user_ids` of a member operation, read from its Agent IDs field. */
export function userIds(resource: string, operation: MemberOperation): FieldSource {
	return required(ownName(resource, AGENT_IDS_FIELDS[operation]), 'Agent IDs', integerList);
}
