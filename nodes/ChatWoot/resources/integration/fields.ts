import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { ACCOUNT, locator, optional, type FieldSource } from '../../shared/request/fieldSources';
import { jsonObject, oneOf } from '../../../shared/fields/validators';

export const HOOKS_URL = '/api/v1/accounts/{account_id}/integrations/hooks';
export const HOOK_URL = '/api/v1/accounts/{account_id}/integrations/hooks/{hook_id}';

export const accountPath = { account_id: ACCOUNT };
export const hookPath = { account_id: ACCOUNT, hook_id: locator('hook', 'Hook') };

/** The hook, one field for Delete Hook and Update Hook. */
export const hookLocator: INodeProperties = idLocator({
	name: 'hook',
	displayName: 'Hook',
	searchListMethod: 'getIntegrationHooks',
	description: 'An integration hook; the list shows the hooks of every app',
});

// Integrations::Hook.status is a Rails enum: disabled 0, enabled 1.
const STATUS = { disabled: 0, enabled: 1 } as const;

/** Status and settings, shared by Create Hook (Additional Fields) and Update Hook. */
export function hookSettings(collection: string): Record<string, FieldSource> {
	return {
		status: optional(`${collection}.status`, 'Status', (value, field, ctx) => {
			return STATUS[oneOf(['disabled', 'enabled'] as const)(value, field, ctx)];
		}),
		settings: optional(`${collection}.settings`, 'Settings', jsonObject),
	};
}

export const hookSettingOptions: INodeProperties[] = [
	{
		displayName: 'Settings',
		name: 'settings',
		type: 'json',
		default: '',
		description:
			'JSON object of the settings the app asks for, e.g. {"api_key": "..."} for OpenAI. It replaces the current settings.',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'enabled',
		options: [
			{ name: 'Disabled', value: 'disabled' },
			{ name: 'Enabled', value: 'enabled' },
		],
	},
];
