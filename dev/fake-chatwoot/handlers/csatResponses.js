'use strict';
// CSAT survey responses (Api::V1::Accounts::CsatSurveyResponsesController, its Enterprise
// update; views csat_survey_responses/*, api/v1/models/_csat_survey_response.json.jbuilder).
// Kept lazily in state.csatSurveyResponses: { id, account_id, conversation_id (the record's
// id), message_id, contact_id, assigned_agent_id, rating, feedback_message, csat_review_notes,
// review_notes_updated_by_id, review_notes_updated_at, created_at }.

const { ok, isAdmin } = require('./util');
const { notFound, unauthorized } = require('../errors');
const views = require('../views/application');
const { unix } = require('../views/time');

const PER_PAGE = 25;

function responsesOf(state) {
	state.csatSurveyResponses ??= [];
	return state.csatSurveyResponses;
}

/** CsatSurveyResponsePolicy: administrators (or a custom role with report_manage, not played here). */
function requireReportAccess(ctx) {
	if (!isAdmin(ctx)) throw unauthorized('You are not authorized to do this action');
}

/** DateRangeHelper#range: both ends as unix seconds, else no date filter. */
function rangeOf(query) {
	if (!query.since || !query.until) return undefined;
	return [Number(query.since) * 1000, Number(query.until) * 1000];
}

/** `set_csat_survey_responses`: the account's responses through the filters the controller reads. */
function filtered(ctx) {
	const q = ctx.query;
	const range = rangeOf(q);
	const conversationOf = (r) => ctx.state.conversations.find((c) => c.id === r.conversation_id) || {};
	const userIds = q.user_ids ? [].concat(q.user_ids).map(Number) : undefined;
	const ratings = q.rating ? [].concat(q.rating).map(Number) : undefined;
	return responsesOf(ctx.state)
		.filter((r) => r.account_id === ctx.account.id)
		.filter((r) => !range || (r.created_at.getTime() >= range[0] && r.created_at.getTime() < range[1]))
		.filter((r) => !userIds || userIds.includes(r.assigned_agent_id))
		.filter((r) => !q.inbox_id || conversationOf(r).inbox_id === Number(q.inbox_id))
		.filter((r) => !q.team_id || conversationOf(r).team_id === Number(q.team_id))
		.filter((r) => !ratings || ratings.includes(r.rating))
		.sort((a, b) => a.id - b.id);
}

function responseView(state, r) {
	const byId = (list, id) => list.find((x) => x.id === id);
	const notesBy = r.review_notes_updated_by_id ? byId(state.users, r.review_notes_updated_by_id) : undefined;
	const contact = byId(state.contacts, r.contact_id);
	const agent = r.assigned_agent_id ? byId(state.users, r.assigned_agent_id) : undefined;
	const conversation = byId(state.conversations, r.conversation_id);
	const out = {
		id: r.id,
		rating: r.rating,
		feedback_message: r.feedback_message,
		csat_review_notes: r.csat_review_notes,
		review_notes_updated_at: unix(r.review_notes_updated_at),
	};
	if (notesBy) out.review_notes_updated_by = { id: notesBy.id, name: notesBy.name };
	Object.assign(out, { account_id: r.account_id, message_id: r.message_id });
	if (contact) out.contact = views.contact(state, contact);
	out.conversation_id = conversation ? conversation.display_id : null;
	if (agent) out.assigned_agent = views.agent(state, agent, r.account_id);
	out.created_at = unix(r.created_at);
	return out;
}

function listResponses(ctx) {
	requireReportAccess(ctx);
	const n = Math.max(1, parseInt(ctx.query.page, 10) || 1);
	const page = filtered(ctx).slice((n - 1) * PER_PAGE, n * PER_PAGE);
	return ok(page.map((r) => responseView(ctx.state, r)));
}

function metrics(ctx) {
	requireReportAccess(ctx);
	const list = filtered(ctx);
	const ratings = {};
	for (const r of list) ratings[r.rating] = (ratings[r.rating] || 0) + 1;
	const range = rangeOf(ctx.query);
	// `Current.account.messages.input_csat`, in the period when one is given
	const sent = ctx.state.messages.filter(
		(m) => m.account_id === ctx.account.id && m.content_type === 'input_csat' && (!range || (m.created_at.getTime() >= range[0] && m.created_at.getTime() < range[1])),
	).length;
	return ok({ total_count: list.length, ratings_count: ratings, total_sent_messages_count: sent });
}

/** CSV.generate_line */
function csvLine(values) {
	return `${values.map((v) => (v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')}\n`;
}

/** download.csv.erb, with the BOM render_csv_with_bom puts first */
function download(ctx) {
	requireReportAccess(ctx);
	const enterprise = ctx.state.server.enterprise !== false;
	const headers = ['Agent Name', 'Rating', 'Feedback Comment', 'Contact Name', 'Contact Email Address', 'Contact Phone Number', 'Link to the conversation', 'Recorded date'];
	if (enterprise) headers.push('Review Notes');
	let csv = `\uFEFF${csvLine(headers)}`;
	for (const r of filtered(ctx)) {
		const agent = ctx.state.users.find((u) => u.id === r.assigned_agent_id);
		const contact = ctx.state.contacts.find((c) => c.id === r.contact_id) || {};
		const conversation = ctx.state.conversations.find((c) => c.id === r.conversation_id);
		const row = [
			agent ? `${agent.name} (${agent.email})` : null,
			r.rating,
			r.feedback_message || null,
			contact.name || null,
			contact.email || null,
			contact.phone_number || null,
			conversation ? `${ctx.baseUrl}/app/accounts/${ctx.account.id}/conversations/${conversation.display_id}` : null,
			r.created_at.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
		];
		if (enterprise) row.push(r.csat_review_notes);
		csv += csvLine(row);
	}
	const day = (seconds) => new Date(Number(seconds) * 1000).toISOString().slice(0, 10);
	csv += csvLine([`Reporting period ${day(ctx.query.since)} to ${day(ctx.query.until)}`]);
	return { status: 200, raw: csv, contentType: 'text/csv; charset=utf-8' };
}

/** Enterprise: `csat_review_notes: params[:csat_review_notes]`, by whom and when */
function updateNotes(ctx) {
	const response = responsesOf(ctx.state).find((r) => r.account_id === ctx.account.id && r.id === Number(ctx.params.id));
	if (!response) throw notFound();
	requireReportAccess(ctx);
	Object.assign(response, { csat_review_notes: ctx.body.csat_review_notes ?? null, review_notes_updated_by_id: ctx.principal.user.id, review_notes_updated_at: ctx.now });
	return ok(responseView(ctx.state, response));
}

module.exports = {
	handlers: {
		'api/v1/accounts/csat_survey_responses#index': listResponses,
		'api/v1/accounts/csat_survey_responses#metrics': metrics,
		'api/v1/accounts/csat_survey_responses#download': download,
		'api/v1/accounts/csat_survey_responses#update': updateNotes,
	},
};
