import { relatedLocator } from '../../../shared/fields/locators';
import { defineOperation } from '../../shared/declare/operation';
import { optionalLocator, required } from '../../shared/request/fieldSources';
import { accountPath, appId, appIdField, hookSettingOptions, hookSettings, HOOKS_URL } from './fields';

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
		appIdField,
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
