import type { INodeProperties } from 'n8n-workflow';
import { relatedLocator } from '../../shared/locators';
import { ACCOUNT, buildRequest, optionalLocator, required } from '../../shared/request';
import { invalid, text, type Check } from '../../shared/validators';
import { hookSettingOptions, hookSettings } from './fields';

const showOnlyForCreateHook = {
	resource: ['integration'],
	operation: ['createHook'],
};

// The spec types app_id as an integer, but Chatwoot's apps (config/integration/apps.yml)
// have names for IDs: "dialogflow", "openai", "google_translate"...
const appId: Check<string> = (value, field, ctx) => {
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

export const integrationCreateHookRequest = buildRequest({
	path: { account_id: ACCOUNT },
	body: {
		app_id: required('appId', 'App ID', appId),
		// Only inbox hooks (e.g. Dialogflow) take an inbox; blank means an account hook.
		inbox_id: optionalLocator('integrationInbox', 'Inbox'),
		...hookSettings('integrationAdditionalFields'),
	},
});

export const integrationCreateHookDescription: INodeProperties[] = [
	{
		displayName: 'App ID',
		name: 'appId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. dialogflow',
		description: 'ID of the integration app, as Get Many Apps lists it',
		displayOptions: { show: showOnlyForCreateHook },
	},
	relatedLocator(
		'inbox',
		'integrationInbox',
		'For inbox hooks (e.g. Dialogflow) the inbox the hook serves; leave empty for account hooks',
		showOnlyForCreateHook,
	),
	{
		displayName: 'Additional Fields',
		name: 'integrationAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCreateHook },
		options: hookSettingOptions,
	},
];
