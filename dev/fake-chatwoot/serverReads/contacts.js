'use strict';
// Contact and CSAT response routes the fixture records no parameters for: their controllers
// read params[:x] without `permit` (or permit in a helper the source reading did not record).
// Lines of Chatwoot 4.15.1.

module.exports = {
	'api/v1/accounts/contacts#import': {
		permitted_params: ['import_file'],
		permitted_source: [
			'app/controllers/api/v1/accounts/contacts_controller.rb:35,39 `status: :unprocessable_entity and return if params[:import_file].blank?`; `import.import_file.attach(params[:import_file])`',
		],
	},
	'api/v1/accounts/contacts#export': {
		// the filter `payload` (params.permit!['payload']) is not offered by the node nor played by the fake
		permitted_params: ['column_names[]', 'label'],
		permitted_source: [
			"app/controllers/api/v1/accounts/contacts_controller.rb:46-47 `column_names = params['column_names']`; `:label => params.permit!['label']`",
		],
	},
	'api/v1/accounts/contact_inboxes#filter': {
		permitted_params: ['inbox_id', 'source_id'],
		permitted_source: [
			'app/controllers/api/v1/accounts/contact_inboxes_controller.rb:5,14,19 `@inbox.contact_inboxes.where(inbox_id: permitted_params[:inbox_id], source_id: permitted_params[:source_id])`; `Current.account.inboxes.find(permitted_params[:inbox_id])`; `params.permit(:inbox_id, :source_id)`',
		],
	},
	'api/v1/accounts/csat_survey_responses#update': {
		permitted_params: ['csat_review_notes'],
		permitted_source: [
			'enterprise/app/controllers/enterprise/api/v1/accounts/csat_survey_responses_controller.rb:7 `csat_review_notes: params[:csat_review_notes]`',
		],
	},
};
