import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { optionalLocator, required } from '../../shared/request/fieldSources';
import { invalid, text, type Check } from '../../../shared/fields/validators';
import { accountPath, hookSettingOptions, hookSettings, HOOKS_URL } from './fields';

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

export const createHook = defineOperation({
	value: 'createHook',
	name: 'Create Hook',
	action: 'Create an integration hook',
	description: 'Connect an app (e.g. Dialogflow, OpenAI) to the account or an inbox',
	method: 'POST',
	url: HOOKS_URL,
	request: {
		path: accountPath,
		body: {
			app_id: required('appId', 'App ID', appId),
			// Only inbox hooks (e.g. Dialogflow) take an inbox; blank means an account hook.
			inbox_id: optionalLocator('integrationInbox', 'Inbox'),
			...hookSettings('integrationAdditionalFields'),
		},
	},
	fields: [
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. dialogflow',
			description: 'ID of the integration app, as Get Many Apps lists it',
		},
		relatedLocator(
			'inbox',
			'integrationInbox',
			'For inbox hooks (e.g. Dialogflow) the inbox the hook serves; leave empty for account hooks',
		),
		{
			displayName: 'Additional Fields',
			name: 'integrationAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: hookSettingOptions,
		},
	],
});
