'use strict';
// Reports v2, agents and presence, integrations: parameters these controllers read without `permit` (see README.md).

module.exports = {
	'api/v1/accounts/agents#bulk_create': {
		permitted_params: ["emails[]"],
		permitted_source: ["app/controllers/api/v1/accounts/agents_controller.rb:37 `emails = params[:emails]`"],
	},
	'api/v1/accounts/integrations/dyte#add_participant_to_meeting': {
		permitted_params: ["message_id"],
		permitted_source: ["app/controllers/api/v1/accounts/integrations/dyte_controller.rb:36-45 `params.permit(:conversation_id, :message_id)`; `Current.account.messages.find(permitted_params[:message_id])`"],
	},
	'api/v1/accounts/integrations/dyte#create_a_meeting': {
		permitted_params: ["conversation_id"],
		permitted_source: ["app/controllers/api/v1/accounts/integrations/dyte_controller.rb:36-41 `params.permit(:conversation_id, :message_id)`; `find_by!(display_id: permitted_params[:conversation_id])`"],
	},
	'api/v1/accounts/integrations/linear#create_issue': {
		permitted_params: ["conversation_id", "team_id", "title", "description", "assignee_id", "priority", "state_id", "project_id", "label_ids[]"],
		permitted_source: ["app/controllers/api/v1/accounts/integrations/linear_controller.rb:31,109,116-118 `linear_processor_service.create_issue(permitted_params, Current.user)`; `params.permit(:team_id, :project_id, :conversation_id, :issue_id, :link_id, :title, :description, :assignee_id, :priority, :state_id, label_ids: [])`"],
	},
	'api/v1/accounts/integrations/linear#link_issue': {
		permitted_params: ["conversation_id", "issue_id", "title"],
		permitted_source: ["app/controllers/api/v1/accounts/integrations/linear_controller.rb:46-47,109,116-118 `permitted_params[:issue_id]`, `permitted_params[:title]`"],
	},
	'api/v1/accounts/integrations/linear#unlink_issue': {
		permitted_params: ["conversation_id", "link_id", "issue_id"],
		permitted_source: ["app/controllers/api/v1/accounts/integrations/linear_controller.rb:63-64,109,116-118 `permitted_params[:link_id]`, `permitted_params[:issue_id]`"],
	},
	'api/v1/accounts/integrations/slack#update': {
		permitted_params: ["reference_id"],
		permitted_source: ["app/controllers/api/v1/accounts/integrations/slack_controller.rb:19,38-40 `channel_builder.update(permitted_params[:reference_id])`; `params.permit(:reference_id)`"],
	},
	'api/v1/profiles#auto_offline': {
		permitted_params: ["profile{account_id, auto_offline}"],
		permitted_source: ["app/controllers/api/v1/profiles_controller.rb:56-58 `params.require(:profile).permit(:account_id, :auto_offline)`"],
	},
	'api/v1/profiles#availability': {
		permitted_params: ["profile{account_id, availability}"],
		permitted_source: ["app/controllers/api/v1/profiles_controller.rb:52-54 `params.require(:profile).permit(:account_id, :availability)`"],
	},
};
