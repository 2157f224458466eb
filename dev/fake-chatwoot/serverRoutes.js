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
	// contacts_controller.rb: `@contacts.page(@current_page)` (page) on the active list
	'api/v1/accounts/contacts#active': [page],
	// search_controller.rb + SearchService: q (the term), page
	'api/v1/accounts/search#index': [{ name: 'q', schema: string, required: true }, page],
	'api/v1/accounts/search#conversations': [{ name: 'q', schema: string, required: true }, page],
	'api/v1/accounts/search#messages': [{ name: 'q', schema: string, required: true }, page],
	'api/v1/accounts/search#contacts': [{ name: 'q', schema: string, required: true }, page],
	'api/v1/accounts/search#articles': [{ name: 'q', schema: string, required: true }, page],

	// -- help center (portals, categories, articles) --

	// -- conversations, messages, macros, bulk actions, captain --

	// -- contacts, contact notes, search, CSAT responses, campaigns --

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
