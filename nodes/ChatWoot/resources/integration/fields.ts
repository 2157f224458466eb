import type { INodeProperties } from 'n8n-workflow';
import { idLocator } from '../../../shared/fields/locators';
import { ACCOUNT, locator, optional, required, type FieldSource } from '../../shared/request/fieldSources';
import { invalid, jsonObject, oneOf, requiredText, text, type Check } from '../../../shared/fields/validators';

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

// The spec types app_id as an integer, but Chatwoot's apps (config/integration/apps.yml)
// have names for IDs: "dialogflow", "openai", "google_translate"...
export const appId: Check<string> = (value, field, ctx) => {
	const result = text(value, field, ctx).trim();
	if (!/^[a-z][a-z0-9_]*$/.test(result)) {
		throw invalid(
			ctx,
			field,
			`must be the ID of a Chatwoot app like dialogflow or openai, got "${result}"`,
			'Get Many Apps lists the IDs.',
		);
	}
	return result;
};

/** The app of Create Hook and Get App. */
export const appIdField: INodeProperties = {
	displayName: 'App ID',
	name: 'appId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. dialogflow',
	description: 'ID of the integration app, as Get Many Apps lists it',
};

export const INTEGRATIONS_URL = '/api/v1/accounts/{account_id}/integrations';

/** The conversation of the Linear and Dyte actions, by its ID (display ID). */
export const integrationConversationLocator: INodeProperties = idLocator({
	name: 'integrationConversation',
	displayName: 'Conversation',
	searchListMethod: 'getConversations',
	urlSegment: 'conversations',
});

export const integrationConversation = locator('integrationConversation', 'Conversation');

/** The Linear issue of Link Linear Issue and Unlink Linear Issue. */
export const linearIssueField: INodeProperties = {
	displayName: 'Linear Issue ID',
	name: 'linearIssueId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. ENG-123',
	description: 'The identifier or ID of the issue in Linear, as Search Linear Issues shows it',
};

export const linearIssue = required('linearIssueId', 'Linear Issue ID', requiredText);

/** The Linear team of Get Linear Team Entities and Create Linear Issue. */
export const linearTeamField: INodeProperties = {
	displayName: 'Linear Team ID',
	name: 'linearTeamId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 8b3e1f2a-...',
	description: 'ID of the team in Linear, as Get Linear Teams lists it',
};

export const linearTeam = required('linearTeamId', 'Linear Team ID', requiredText);
