'use strict';
// Routes the real server has and the spec leaves out (test/fixtures/server-routes.json,
// `in_spec: false`): the fake serves them too, with the same strictness. Their bodies are
// checked by permits.js (the controller's permitted parameters); their query keys must be
// declared here, each with the controller line that reads it, because nothing else says
// which query keys a spec-free route reads. A route without a handler answers 501, so a
// test can never pass on a route the fake does not really play.

const fs = require('node:fs');
const path = require('node:path');

const ROUTES_FILE = path.join(__dirname, '..', '..', 'test', 'fixtures', 'server-routes.json');

const integer = { type: 'integer' };
const string = { type: 'string' };
const strings = { type: 'array', items: { type: 'string' } };
const page = { name: 'page', schema: integer };
const APPLIED_SLA_FILTERS = ['since', 'until', 'inbox_id', 'team_id', 'sla_policy_id', 'label_list', 'assigned_agent_id'].map((name) => ({
	name,
	schema: name === 'label_list' ? string : integer,
}));

/**
 * Query keys of spec-free routes, by controller#action: { name, schema, required? }.
 * A key not listed is refused, as the spec check refuses undeclared keys.
 */
const SERVER_QUERIES = {
	// -- help center (portals, categories, articles) --
	// portals_controller.rb:14 `@all_articles.search(locale: params[:locale])` (the meta counts)
	'api/v1/accounts/portals#show': [{ name: 'locale', schema: string }],
	// categories_controller.rb:8-9 `@portal.categories.search(params)`, category.rb:63-69 locale, page
	'api/v1/accounts/categories#index': [{ name: 'locale', schema: string }, page],
	// articles_controller.rb:80 `params.permit(:locale, :query, :page, :category_slug, :status, :author_id)`
	'api/v1/accounts/articles#index': [
		{ name: 'locale', schema: string },
		{ name: 'query', schema: string },
		page,
		{ name: 'category_slug', schema: string },
		{ name: 'status', schema: { type: 'string', enum: ['draft', 'published', 'archived'] } },
		{ name: 'author_id', schema: integer },
	],

	// -- conversations, messages, macros, bulk actions, captain --
	// conversations_controller.rb `attachment_params` `params.permit(:page)`, `.page(attachment_params[:page])`
	'api/v1/accounts/conversations#attachments': [page],

	// -- contacts, contact notes, search, CSAT responses, campaigns --
	// contacts_controller.rb:16 `set_current_page` (`params[:page]`) before `active`
	'api/v1/accounts/contacts#active': [page],
	// contacts/attachments_controller.rb:14 `.page(params[:page]).per(RESULTS_PER_PAGE)` (100)
	'api/v1/accounts/contacts/attachments#index': [page],
	// search_service.rb: `params[:q].to_s.strip` (the term), `.page(params[:page]).per(15)`
	...Object.fromEntries(
		['index', 'conversations', 'messages', 'contacts', 'articles'].map((action) => [`api/v1/accounts/search#${action}`, [{ name: 'q', schema: string, required: true }, page]]),
	),
	// conversation_finder.rb `filter_by_query` (`params[:q]`), `current_page` (`params[:page]`)
	'api/v1/accounts/conversations#search': [{ name: 'q', schema: string, required: true }, page],
	// csat_survey_responses_controller.rb `set_csat_survey_responses` (user_ids, inbox_id, team_id, rating),
	// date_range_helper.rb `range` (since, until: unix seconds), `set_current_page` (page, index only)
	...(() => {
		const filters = [
			{ name: 'since', schema: integer },
			{ name: 'until', schema: integer },
			{ name: 'user_ids', schema: { type: 'array', items: integer } },
			{ name: 'inbox_id', schema: integer },
			{ name: 'team_id', schema: integer },
			{ name: 'rating', schema: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 5 } } },
		];
		return {
			'api/v1/accounts/csat_survey_responses#index': [...filters, page],
			'api/v1/accounts/csat_survey_responses#metrics': filters,
			'api/v1/accounts/csat_survey_responses#download': filters,
		};
	})(),

	// -- reports v2, agents and presence, integrations --
	// summary_reports_controller.rb:47-49 `params.permit(:since, :until, :business_hours)`
	'api/v2/accounts/summary_reports#label': [{ name: 'since', schema: string }, { name: 'until', schema: string }, { name: 'business_hours', schema: string }],
	// reports_controller.rb:102-125 common_params + current/previous_summary_params (type, id, since, until, business_hours, timezone_offset)
	'api/v2/accounts/reports#bot_summary': [
		{ name: 'type', schema: string, required: true },
		{ name: 'since', schema: string },
		{ name: 'until', schema: string },
	],
	// reports_helper.rb:58-66 build_params (since, until, business_hours); the CSV views read
	// since and until with Date.strptime (agents.csv.erb:1), so both are required
	...Object.fromEntries(
		['agents', 'inboxes', 'labels', 'teams', 'conversations_summary'].map((action) => [
			`api/v2/accounts/reports#${action}`,
			[{ name: 'since', schema: string, required: true }, { name: 'until', schema: string, required: true }, { name: 'business_hours', schema: string }],
		]),
	),
	// reports_controller.rb:48 `params[:timezone_offset]`; heatmap_helper.rb:97 `params[:days_before]`
	'api/v2/accounts/reports#conversation_traffic': [{ name: 'timezone_offset', schema: string }, { name: 'days_before', schema: integer }],
	// bot_metrics_builder.rb (DateRangeHelper: params[:since], params[:until])
	'api/v2/accounts/reports#bot_metrics': [{ name: 'since', schema: string }, { name: 'until', schema: string }],
	// year_in_reviews_controller.rb:3 `params[:year] || 2025`
	'api/v2/accounts/year_in_reviews#show': [{ name: 'year', schema: integer }],
	// live_reports_controller.rb:61-63 `params.permit(:team_id, :group_by)`
	'api/v2/accounts/live_reports#conversation_metrics': [{ name: 'team_id', schema: integer }],
	'api/v2/accounts/live_reports#grouped_conversation_metrics': [{ name: 'group_by', schema: string, required: true }, { name: 'team_id', schema: integer }],
	// assignable_agents_controller.rb:21-23 `params.permit(inbox_ids: [])`
	'api/v1/accounts/assignable_agents#index': [{ name: 'inbox_ids', schema: strings, required: true }],
	// shopify_controller.rb:48 `Current.account.contacts.find_by(id: params[:contact_id])`
	'api/v1/accounts/integrations/shopify#orders': [{ name: 'contact_id', schema: integer, required: true }],
	// linear_controller.rb:21 `permitted_params[:team_id]`, :91 `params[:q]`, :109 `permitted_params[:conversation_id]`
	'api/v1/accounts/integrations/linear#team_entities': [{ name: 'team_id', schema: string, required: true }],
	'api/v1/accounts/integrations/linear#search_issue': [{ name: 'q', schema: string, required: true }],
	'api/v1/accounts/integrations/linear#linked_issues': [{ name: 'conversation_id', schema: integer, required: true }],

	// -- SLA policies, companies, inbox extras, agent bots, automation rules, platform --
	// applied_slas_controller.rb: `range` (DateRangeHelper: since, until), apply_filters (inbox_id,
	// team_id, sla_policy_id, label_list, assigned_agent_id); index: set_current_page (page)
	'api/v1/accounts/applied_slas#index': [...APPLIED_SLA_FILTERS, page],
	'api/v1/accounts/applied_slas#metrics': APPLIED_SLA_FILTERS,
	'api/v1/accounts/applied_slas#download': APPLIED_SLA_FILTERS,
	// companies_controller.rb: set_current_page (page), Sift `sort_on` (sort); search: params[:q]
	'api/v1/accounts/companies#index': [page, { name: 'sort', schema: string }],
	'api/v1/accounts/companies#search': [{ name: 'q', schema: string, required: true }, page, { name: 'sort', schema: string }],
	// companies/contacts_controller.rb: set_current_page (page); search: params[:q]
	'api/v1/accounts/companies/contacts#index': [page],
	'api/v1/accounts/companies/contacts#search': [{ name: 'q', schema: string, required: true }, page],
};

const READS_DIR = path.join(__dirname, 'serverReads');

let cached;

/**
 * The server's routes, parsed once per process, with what `serverReads/*.js` adds: the
 * parameters a controller reads where the fixture (copied unchanged) records none, because the
 * controller reads `params[:x]` without `permit`. Each file exports
 * `{ 'controller#action': { permitted_params: [...], permitted_source: ['file.rb:line `code`'] } }`.
 */
function serverRoutes() {
	if (cached) return cached;
	const routes = JSON.parse(fs.readFileSync(ROUTES_FILE, 'utf8'));
	for (const file of fs.readdirSync(READS_DIR).filter((f) => f.endsWith('.js')).sort()) {
		for (const [action, reads] of Object.entries(require(path.join(READS_DIR, file)))) {
			const matching = routes.filter((r) => r.controller_action === action);
			if (matching.length === 0) throw new Error(`serverReads/${file}: no route ${action}`);
			for (const route of matching) {
				if (route.permitted_params) throw new Error(`serverReads/${file}: ${action} has permitted parameters in the fixture already`);
				if (!reads.permitted_source || reads.permitted_source.length === 0) throw new Error(`serverReads/${file}: ${action} names no source line`);
				Object.assign(route, { permitted_params: reads.permitted_params, permitted_source: reads.permitted_source });
			}
		}
	}
	cached = routes;
	return cached;
}

/** The same route whatever its parameters are called: /a/{id} and /a/{x} are one route. */
function shapeOf(template) {
	return template.replace(/\{[^}]+\}/g, '{}');
}

/** Route objects (the shape spec.js builds from the spec) for the spec-free server routes. */
function specFreeRoutes(existing) {
	const taken = new Set(existing.map((r) => `${r.method} ${shapeOf(r.template)}`));
	const routes = [];
	for (const entry of serverRoutes()) {
		if (entry.in_spec) continue;
		for (const method of entry.method.split('|')) {
			if (taken.has(`${method} ${shapeOf(entry.path_template)}`)) continue;
			const names = [...entry.path_template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
			routes.push({
				method,
				template: entry.path_template,
				segments: entry.path_template.split('/').slice(1),
				operationId: entry.controller_action,
				operation: { operationId: entry.controller_action },
				security: [],
				pathParams: names.map((name) => ({ in: 'path', name, required: true, schema: string })),
				queryParams: (SERVER_QUERIES[entry.controller_action] || []).map((p) => ({ in: 'query', required: false, ...p })),
				requestBody: undefined,
				extraBody: undefined,
				extraContent: {},
				serverRoute: entry,
			});
		}
	}
	return routes;
}

/** Method + route shape of every route that needs the Enterprise code (in the spec or not). */
function enterpriseRouteShapes() {
	const shapes = new Set();
	for (const entry of serverRoutes()) {
		if (!entry.enterprise) continue;
		for (const method of entry.method.split('|')) shapes.add(`${method} ${shapeOf(entry.path_template)}`);
	}
	return shapes;
}

module.exports = { ROUTES_FILE, SERVER_QUERIES, serverRoutes, specFreeRoutes, enterpriseRouteShapes, shapeOf, strings, integer, string };
