'use strict';
// Captain, inbox CSAT template and company routes the fixture records no parameters for: their
// controllers read params[:x] without `permit`, or permit inside a helper method the source
// reading did not follow. None of these controllers has a model of its own name, so
// ParamsWrapper never nests flat keys where the controller reads them: a hash key must be sent
// as a hash (hence the source lines say `require(:x)`, not the wrapper form permits.js reads).

// Llm::Models.feature_keys (config/llm.yml `features`): the ones every version of the
// preferences controller permits; newer versions add more.
const CAPTAIN_FEATURES = 'editor, assistant, copilot, label_suggestion, audio_transcription, help_center_search';

const TASKS = 'app/controllers/api/v1/accounts/captain/tasks_controller.rb';
const PREFERENCES = 'app/controllers/api/v1/accounts/captain/preferences_controller.rb';
const CSAT = 'app/controllers/api/v1/accounts/inbox_csat_templates_controller.rb';
const COMPANIES = 'enterprise/app/controllers/api/v1/accounts/companies_controller.rb';

// InboxCsatTemplatesController#extract_template_params, used by create and analyze
const CSAT_TEMPLATE = {
	permitted_params: ['template{message, button_text, language}'],
	permitted_source: [
		`${CSAT} \`extract_template_params\`: require(:template).permit(:message, :button_text, :language) (a missing template answers 422 "Template parameters are required"); app/javascript/dashboard/api/inboxes.js posts { template } to both`,
	],
};

module.exports = {
	'api/v1/accounts/captain/tasks#reply_suggestion': {
		permitted_params: ['conversation_display_id'],
		permitted_source: [`${TASKS}:27 \`conversation_display_id: params[:conversation_display_id]\``],
	},
	'api/v1/accounts/captain/tasks#label_suggestion': {
		permitted_params: ['conversation_display_id'],
		permitted_source: [`${TASKS}:37 \`conversation_display_id: params[:conversation_display_id]\``],
	},
	'api/v1/accounts/captain/tasks#follow_up': {
		permitted_params: ['message', 'conversation_display_id', 'follow_up_context{}'],
		permitted_source: [
			`${TASKS}:46-48 \`follow_up_context: params[:follow_up_context]&.to_unsafe_h, user_message: params[:message], conversation_display_id: params[:conversation_display_id]\``,
		],
	},
	'api/v1/accounts/captain/preferences#update': {
		permitted_params: [`captain_models{${CAPTAIN_FEATURES}}`, `captain_features{${CAPTAIN_FEATURES}}`],
		permitted_source: [
			`${PREFERENCES}:31-57 \`captain_params\` (only when present), \`permitted_captain_models\` / \`permitted_captain_features\`: require(:captain_models).permit(*captain_feature_keys), the same for captain_features, merged into the account's`,
		],
	},
	'api/v1/accounts/inbox_csat_templates#create': CSAT_TEMPLATE,
	'api/v1/accounts/inbox_csat_templates#analyze': CSAT_TEMPLATE,
	'api/v1/accounts/companies#destroy_custom_attributes': {
		permitted_params: ['custom_attributes[]'],
		permitted_source: [
			`${COMPANIES}:44,47 \`custom_attributes_to_destroy\`: \`params.permit(custom_attributes: [])[:custom_attributes]\` (not an array: 422 "custom_attributes must be an array")`,
		],
	},
	'api/v1/accounts/companies/contacts#create': {
		permitted_params: ['contact_id'],
		permitted_source: ['enterprise/app/controllers/api/v1/accounts/companies/contacts_controller.rb:33 `Current.account.contacts.find(params[:contact_id])`'],
	},
};
