'use strict';
// Help center routes the fixture records no parameters for: their controllers read params[:x]
// without `permit`, reuse create's permit (category and article update), or permit only in the
// Enterprise module (article translate).

module.exports = {
	'api/v1/accounts/portals#send_instructions': {
		permitted_params: ['email'],
		permitted_source: [
			'app/controllers/api/v1/accounts/portals_controller.rb:50,74-76 `email = permitted_params[:email]`; `params.permit(:id, :email)`',
		],
	},
	'api/v1/accounts/categories#update': {
		permitted_params: ['same as create'],
		permitted_source: [
			'app/controllers/api/v1/accounts/categories_controller.rb:22-24 `@category.update!(category_params)`; `related_categories_records` (params[:category][:related_category_ids])',
		],
	},
	'api/v1/accounts/categories#reorder': {
		permitted_params: ['positions_hash{} (raw)'],
		permitted_source: [
			'app/controllers/api/v1/accounts/categories_controller.rb:36 `Category.update_positions(portal: @portal, positions_hash: params[:positions_hash])` (category id => position)',
		],
	},
	'api/v1/accounts/articles/bulk_actions#translate': {
		permitted_params: ['ids[]', 'locale', 'category_id', 'force'],
		permitted_source: [
			'enterprise/app/controllers/enterprise/api/v1/accounts/articles/bulk_actions_controller.rb:24-26 `params.permit(:locale, :category_id, :force, ids: [])` (without the Enterprise code the action answers 501: app/controllers/api/v1/accounts/articles/bulk_actions_controller.rb:6-8 `head :not_implemented`)',
		],
	},
	'api/v1/accounts/articles/bulk_actions#update_status': {
		permitted_params: ['ids[]', 'status'],
		permitted_source: [
			'app/controllers/api/v1/accounts/articles/bulk_actions_controller.rb:12,15,52 `Article.statuses.key?(params[:status])`; `@portal.articles.where(id: params[:ids])`',
		],
	},
	'api/v1/accounts/articles/bulk_actions#update_category': {
		permitted_params: ['ids[]', 'category_id'],
		permitted_source: [
			'app/controllers/api/v1/accounts/articles/bulk_actions_controller.rb:27,52,56 `update!(category_id: params[:category_id])`; `@portal.articles.where(id: params[:ids])`',
		],
	},
	'api/v1/accounts/articles/bulk_actions#delete_articles': {
		permitted_params: ['ids[]'],
		permitted_source: [
			'app/controllers/api/v1/accounts/articles/bulk_actions_controller.rb:37,52 `@articles.destroy_all` of `@portal.articles.where(id: params[:ids])`',
		],
	},
	'api/v1/accounts/articles#update': {
		permitted_params: ['same as create'],
		permitted_source: [
			'app/controllers/api/v1/accounts/articles_controller.rb:33 `@article.update!(article_params) if params[:article].present?`',
		],
	},
	'api/v1/accounts/articles#reorder': {
		permitted_params: ['positions_hash{} (raw)'],
		permitted_source: [
			'app/controllers/api/v1/accounts/articles_controller.rb:43 `Article.update_positions(portal: @portal, positions_hash: params[:positions_hash])` (article id => position)',
		],
	},
};
