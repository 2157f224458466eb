import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { integerBetween } from '../../shared/fields/numberChecks';
import { unwrap } from '../../shared/response/output';
import { ACCOUNT, locator, optional, type FieldSource } from '../../shared/request/fieldSources';
import { boolean, text, type Check } from '../../../shared/fields/validators';

export const SLA_POLICIES_URL = '/api/v1/accounts/{account_id}/sla_policies';
export const SLA_POLICY_URL = '/api/v1/accounts/{account_id}/sla_policies/{id}';

export const slaPoliciesPath = { account_id: ACCOUNT };
export const slaPolicyPath = { account_id: ACCOUNT, id: locator('slaPolicy', 'SLA Policy') };

// show, create and update answer {payload: policy}
export const unwrapPolicy = unwrap('payload');

export const slaPolicyLocator: INodeProperties = idLocator({
	name: 'slaPolicy',
	displayName: 'SLA Policy',
	searchListMethod: 'getSlaPolicies',
});

// A threshold is a duration in seconds (a float column); a year is more than any SLA needs.
const threshold = integerBetween(1, 365 * 24 * 60 * 60);

const SETTINGS: Array<[name: string, label: string, check: Check]> = [
	['description', 'Description', text],
	['first_response_time_threshold', 'First Response Within (Seconds)', threshold],
	['next_response_time_threshold', 'Next Response Within (Seconds)', threshold],
	['resolution_time_threshold', 'Resolution Within (Seconds)', threshold],
	['only_during_business_hours', 'Only During Business Hours', boolean],
];

/** Policy settings shared by Create (Additional Fields) and Update (Update Fields). */
export function slaPolicySettings(collection: string): Record<string, FieldSource> {
	return Object.fromEntries(SETTINGS.map(([name, label, check]) => [name, optional(`${collection}.${name}`, label, check)]));
}

function thresholdOption(name: string, displayName: string, what: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 3600,
		description: `Seconds within which ${what}; a conversation that takes longer misses the SLA`,
	};
}

export const slaPolicySettingOptions: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
	},
	thresholdOption('first_response_time_threshold', 'First Response Within (Seconds)', 'an agent must first answer'),
	thresholdOption('next_response_time_threshold', 'Next Response Within (Seconds)', 'an agent must answer each further message'),
	{
		displayName: 'Only During Business Hours',
		name: 'only_during_business_hours',
		type: 'boolean',
		default: false,
		description: "Whether only time within the inbox's working hours counts",
	},
	thresholdOption('resolution_time_threshold', 'Resolution Within (Seconds)', 'the conversation must be resolved'),
];
