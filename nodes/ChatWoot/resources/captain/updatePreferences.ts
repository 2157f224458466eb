import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { defineOperation } from '../../shared/declare/operation';
import type { BuiltRequest } from '../../shared/request/buildRequest';
import { readOnce } from '../../../shared/fields/reads';
import { invalid, oneOf, show, text } from '../../../shared/fields/validators';
import { captainPath } from './fields';

// Llm::Models.feature_keys that every version of preferences_controller.rb permits
const FEATURES = ['assistant', 'audio_transcription', 'copilot', 'editor', 'help_center_search', 'label_suggestion'] as const;
const STATUSES = ['keep', 'on', 'off'] as const;
// Model IDs of config/llm.yml (gpt-4.1-mini, whisper-1, text-embedding-3-small...); which one a
// feature allows is Chatwoot's to say (422 naming the allowed ones), as the list grows by version
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const SETTINGS = 'captainFeatureSettings';
const SETTINGS_LABEL = 'Features';

interface FeatureSetting {
	feature?: unknown;
	status?: unknown;
	model?: unknown;
}

/** captain_models and captain_features, each only with the features it changes; the server merges them into the account's. */
function preferencesBody(this: IExecuteSingleFunctions, request: BuiltRequest) {
	const entries = (readOnce<IDataObject>(this, SETTINGS, {}).feature ?? []) as FeatureSetting[];
	if (entries.length === 0) throw invalid(this, SETTINGS_LABEL, 'add at least one feature to change');
	const models: IDataObject = {};
	const enabled: IDataObject = {};
	const seen = new Set<string>();
	for (const entry of entries) {
		const feature = oneOf(FEATURES)(entry.feature, 'Feature', this);
		if (seen.has(feature)) throw invalid(this, SETTINGS_LABEL, `${feature} is listed twice; list each feature once`);
		seen.add(feature);
		const status = oneOf(STATUSES)(entry.status ?? 'keep', `Status (${feature})`, this);
		const model = text(entry.model ?? '', `Model (${feature})`, this).trim();
		if (model !== '' && !MODEL_ID.test(model)) {
			throw invalid(this, `Model (${feature})`, `must be a model ID like gpt-4.1-mini, got ${show(model)}`);
		}
		if (status === 'keep' && model === '') {
			throw invalid(this, SETTINGS_LABEL, `${feature} changes nothing: set its Status to On or Off, or give a Model`);
		}
		if (model !== '') models[feature] = model;
		if (status !== 'keep') enabled[feature] = status === 'on';
	}
	if (Object.keys(models).length > 0) request.body.captain_models = models;
	if (Object.keys(enabled).length > 0) request.body.captain_features = enabled;
}

export const updatePreferences = defineOperation({
	value: 'updatePreferences',
	name: 'Update Preferences',
	action: "Update the account's Captain preferences",
	description: 'Turn Captain features on or off and choose their AI models (administrators); the answer is the preferences after the change',
	method: 'PATCH',
	url: '/api/v1/accounts/{account_id}/captain/preferences',
	request: { path: captainPath, adjust: preferencesBody, adjustedKeys: { body: ['captain_models', 'captain_features'] } },
	fields: [
		{
			displayName: 'Features',
			name: SETTINGS,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Feature',
			default: {},
			description: 'The features to change; the others keep their settings',
			options: [
				{
					displayName: 'Feature',
					name: 'feature',
					values: [
						{
							displayName: 'Feature',
							name: 'feature',
							type: 'options',
							default: 'editor',
							options: [
								{ name: 'Assistant', value: 'assistant', description: 'The Captain assistant that answers customers' },
								{ name: 'Audio Transcription', value: 'audio_transcription', description: 'Transcripts of voice messages' },
								{ name: 'Copilot', value: 'copilot', description: "The agents' Captain copilot" },
								{ name: 'Editor', value: 'editor', description: 'Rewrite, summarize, suggest reply and follow up in the reply editor' },
								{ name: 'Help Center Search', value: 'help_center_search', description: 'Embeddings for help center search' },
								{ name: 'Label Suggestion', value: 'label_suggestion', description: 'Suggested labels for conversations' },
							],
						},
						{
							displayName: 'Status',
							name: 'status',
							type: 'options',
							default: 'keep',
							options: [
								{ name: 'Keep', value: 'keep', description: 'Leave the feature on or off as it is' },
								{ name: 'Off', value: 'off' },
								{ name: 'On', value: 'on' },
							],
						},
						{
							displayName: 'Model',
							name: 'model',
							type: 'string',
							default: '',
							placeholder: 'e.g. gpt-4.1-mini',
							description:
								"AI model for the feature, one of the feature's models in Get Preferences; empty keeps the current one",
						},
					],
				},
			],
		},
	],
});
