'use strict';
// SLA policies and applied SLAs of an account (Enterprise): SlaPoliciesController and
// AppliedSlasController (enterprise/app/controllers/api/v1/accounts/), their jbuilder views
// and the CSV of `download`. Policies live in state.slaPolicies; applied SLAs in
// state.appliedSlas ({ id, account_id, sla_policy_id, conversation_id, sla_status,
// created_at, sla_events }), which tests add (none are seeded).

const { ok, headOk, permit, findInAccount, inAccount, requireAdmin, pageOf } = require('./util');
const { saveOrThrow } = require('../errors');
const { nextId } = require('../state');
const { blank } = require('../models/user');
const { unix } = require('../views/time');
const views = require('../views/application');

const POLICY_PARAMS = [
	'name', 'description', 'first_response_time_threshold', 'next_response_time_threshold',
	'resolution_time_threshold', 'only_during_business_hours',
];
const RESULTS_PER_PAGE = 25;

function policies(state) {
	state.slaPolicies ??= [];
	return state.slaPolicies;
}

/** enterprise/app/views/api/v1/models/_sla_policy.json.jbuilder */
function policyView(p) {
	return {
		id: p.id,
		name: p.name,
		description: p.description,
		first_response_time_threshold: p.first_response_time_threshold,
		next_response_time_threshold: p.next_response_time_threshold,
		resolution_time_threshold: p.resolution_time_threshold,
		only_during_business_hours: p.only_during_business_hours,
	};
}

const policyErrors = (p) => (blank(p.name) ? [{ attribute: 'name', message: "Name can't be blank" }] : []);

/** SlaPolicyPolicy: administrators only; `find_by` gives nil for an unknown id. */
function findPolicy(ctx) {
	policies(ctx.state);
	return findInAccount(ctx, 'slaPolicies', ctx.params.id);
}

function listPolicies(ctx) {
	requireAdmin(ctx);
	policies(ctx.state);
	return ok({ payload: inAccount(ctx, 'slaPolicies').map(policyView) });
}

function createPolicy(ctx) {
	requireAdmin(ctx);
	policies(ctx.state);
	const p = {
		id: nextId(ctx.state, 'slaPolicies'),
		account_id: ctx.account.id,
		description: null,
		first_response_time_threshold: null,
		next_response_time_threshold: null,
		resolution_time_threshold: null,
		only_during_business_hours: false,
		...permit(ctx.body.sla_policy || ctx.body, POLICY_PARAMS),
	};
	saveOrThrow(policyErrors(p));
	ctx.state.slaPolicies.push(p);
	return ok({ payload: policyView(p) });
}

function showPolicy(ctx) {
	requireAdmin(ctx);
	return ok({ payload: policyView(findPolicy(ctx)) });
}

function updatePolicy(ctx) {
	requireAdmin(ctx);
	const p = findPolicy(ctx);
	const changed = { ...p, ...permit(ctx.body.sla_policy || ctx.body, POLICY_PARAMS) };
	saveOrThrow(policyErrors(changed));
	Object.assign(p, changed);
	return ok({ payload: policyView(p) });
}

function deletePolicy(ctx) {
	requireAdmin(ctx);
	const p = findPolicy(ctx);
	// DeleteObjectJob: gone by the time a test looks again
	ctx.state.slaPolicies = ctx.state.slaPolicies.filter((x) => x !== p);
	return headOk();
}

// ---- applied SLAs -------------------------------------------------------------------

const byId = (list, id) => list.find((r) => r.id === id);

/** apply_filters: date range (both ends), inbox, team, policy, label text, assignee. */
function filteredAppliedSlas(ctx) {
	requireAdmin(ctx);
	const q = ctx.query;
	const since = blank(q.since) || blank(q.until) ? undefined : [Number(q.since) * 1000, Number(q.until) * 1000];
	return (ctx.state.appliedSlas ?? [])
		.filter((a) => a.account_id === ctx.account.id)
		.filter((a) => {
			const c = byId(ctx.state.conversations, a.conversation_id);
			if (since && !(a.created_at.getTime() >= since[0] && a.created_at.getTime() < since[1])) return false;
			if (!blank(q.inbox_id) && c.inbox_id !== Number(q.inbox_id)) return false;
			if (!blank(q.team_id) && c.team_id !== Number(q.team_id)) return false;
			if (!blank(q.sla_policy_id) && a.sla_policy_id !== Number(q.sla_policy_id)) return false;
			if (!blank(q.label_list) && !c.labels.join(',').includes(q.label_list)) return false;
			if (!blank(q.assigned_agent_id) && c.assignee_id !== Number(q.assigned_agent_id)) return false;
			return true;
		});
}

const isMissed = (a) => a.sla_status === 'missed' || a.sla_status === 'active_with_misses';

/** AppliedSla#push_event_data */
function appliedSlaEvent(state, a) {
	const p = byId(state.slaPolicies ?? [], a.sla_policy_id);
	return {
		id: a.id,
		sla_id: a.sla_policy_id,
		sla_status: a.sla_status,
		created_at: unix(a.created_at),
		updated_at: unix(a.created_at),
		sla_description: p.description,
		sla_name: p.name,
		sla_first_response_time_threshold: p.first_response_time_threshold,
		sla_next_response_time_threshold: p.next_response_time_threshold,
		sla_only_during_business_hours: p.only_during_business_hours,
		sla_resolution_time_threshold: p.resolution_time_threshold,
	};
}

/** applied_slas/index.json.jbuilder: one entry per missed SLA */
function appliedSlaEntry(state, a) {
	const c = byId(state.conversations, a.conversation_id);
	const contact = byId(state.contacts, c.contact_id);
	const assignee = c.assignee_id ? byId(state.users, c.assignee_id) : undefined;
	const conversation = { id: c.display_id, contact: contact ? { name: contact.name } : {}, labels: c.labels.join(',') };
	if (assignee) conversation.assignee = views.userEvent(assignee);
	return { applied_sla: appliedSlaEvent(state, a), conversation, sla_events: a.sla_events ?? [] };
}

function listAppliedSlas(ctx) {
	const missed = filteredAppliedSlas(ctx).filter(isMissed);
	const page = ctx.query.page || 1;
	return ok({
		payload: pageOf(missed, page, RESULTS_PER_PAGE).map((a) => appliedSlaEntry(ctx.state, a)),
		meta: { count: missed.length, current_page: page },
	});
}

function appliedSlaMetrics(ctx) {
	const all = filteredAppliedSlas(ctx);
	const misses = all.filter(isMissed).length;
	const rate = misses === 0 ? '100%' : `${Math.round(((all.length - misses) / all.length) * 10000) / 100}%`;
	return ok({ total_applied_slas: all.length, number_of_sla_misses: misses, hit_rate: rate });
}

function csvLine(values) {
	return `${values.map((v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')}\n`;
}

/** applied_slas/download.csv.erb */
function downloadAppliedSlas(ctx) {
	const s = ctx.state;
	const header = ['Conversation ID', 'SLA Policy', 'Assignee', 'Team', 'Inbox', 'Labels', 'Link to the Conversation', 'Breached Events'];
	const rows = filteredAppliedSlas(ctx).filter(isMissed).map((a) => {
		const c = byId(s.conversations, a.conversation_id);
		return csvLine([
			c.display_id,
			byId(s.slaPolicies ?? [], a.sla_policy_id).name,
			c.assignee_id ? byId(s.users, c.assignee_id).name : null,
			c.team_id ? byId(s.teams, c.team_id).name : null,
			byId(s.inboxes, c.inbox_id).name,
			c.labels.join(','),
			`${ctx.baseUrl}/app/accounts/${c.account_id}/conversations/${c.display_id}`,
			(a.sla_events ?? []).map((e) => e.event_type).join(', '),
		]);
	});
	return {
		status: 200,
		contentType: 'text/csv',
		headers: { 'Content-Disposition': 'attachment; filename=breached_conversation.csv' },
		raw: `${csvLine(header)}${rows.join('')}`,
	};
}

module.exports = {
	handlers: {
		'api/v1/accounts/sla_policies#index': listPolicies,
		'api/v1/accounts/sla_policies#create': createPolicy,
		'api/v1/accounts/sla_policies#show': showPolicy,
		'api/v1/accounts/sla_policies#update': updatePolicy,
		'api/v1/accounts/sla_policies#destroy': deletePolicy,
		'api/v1/accounts/applied_slas#index': listAppliedSlas,
		'api/v1/accounts/applied_slas#metrics': appliedSlaMetrics,
		'api/v1/accounts/applied_slas#download': downloadAppliedSlas,
	},
};
