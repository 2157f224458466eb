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

/**
 * Query keys of spec-free routes, by controller#action: { name, schema, required? }.
 * A key not listed is refused, as the spec check refuses undeclared keys.
 */
const SERVER_QUERIES = {
	// -- help center (portals, categories, articles) --

	// -- conversations, messages, macros, bulk actions, captain --

	// -- contacts, contact notes, search, CSAT responses, campaigns --
	// contacts_controller.rb:16 `set_current_page` (`params[:page]`) before `active`
	'api/v1/accounts/contacts#active': [page],
	// contact_inboxes_controller.rb:22 `params.permit(:inbox_id, :source_id)` (the route's fixture entry lists no permits)
	'api/v1/accounts/contact_inboxes#filter': [
		{ name: 'inbox_id', schema: integer, required: true },
		{ name: 'source_id', schema: string, required: true },
	],
	// contacts_controller.rb:47-48 `params['column_names']`, `params.permit!['label']` (the filter `payload` is not offered)
	'api/v1/accounts/contacts#export': [
		{ name: 'column_names', schema: strings },
		{ name: 'label', schema: string },
	],
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
	// enterprise csat_survey_responses_controller.rb:8 `csat_review_notes: params[:csat_review_notes]`
	'api/v1/accounts/csat_survey_responses#update': [{ name: 'csat_review_notes', schema: string, required: true }],

	// -- reports v2, agents and presence, integrations --

	// -- SLA policies, companies, inbox extras, agent bots, automation rules, platform --
};

let cached;

/** The server's routes, parsed once per process. */
function serverRoutes() {
	if (!cached) cached = JSON.parse(fs.readFileSync(ROUTES_FILE, 'utf8'));
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

module.exports = { SERVER_QUERIES, serverRoutes, specFreeRoutes, enterpriseRouteShapes, shapeOf, strings, integer, string };
