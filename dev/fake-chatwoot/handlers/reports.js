'use strict';
// Reports: Api::V2::Accounts::ReportsController, SummaryReportsController, the account's
// reporting events (Api::V1::Accounts::ReportingEventsController) and the public CSAT
// survey page (Survey::ResponsesController). Numbers are computed from the fake's
// conversations and messages; reporting events live in state.reportingEvents (tests add them).

const { ok, requireAdmin, inAccount, pageOf } = require('./util');
const { HttpError, notFound } = require('../errors');
const { iso } = require('../views/time');

const DAY = 24 * 60 * 60 * 1000;
const EVENTS_PER_PAGE = 25;

/** since/until are Unix seconds (DateTime.strptime(value, '%s')); both or neither. */
function range(ctx) {
	const { since, until } = ctx.query;
	if (since === undefined || until === undefined || since === '' || until === '') return undefined;
	return { from: new Date(Number(since) * 1000), to: new Date(Number(until) * 1000) };
}

const within = (r, date) => !r || (date >= r.from && date < r.to);

const conversationsOf = (ctx) => inAccount(ctx, 'conversations');
const messagesOf = (ctx) => inAccount(ctx, 'messages').filter((m) => !m.private);

function agentsOf(ctx) {
	return ctx.state.accountUsers
		.filter((au) => au.account_id === ctx.account.id)
		.map((au) => ctx.state.users.find((u) => u.id === au.user_id))
		.filter(Boolean);
}

/** V2::Reports::Timeseries::BaseTimeseriesBuilder#scope: the account or one record of it. */
function scopeFilter(ctx) {
	const type = ctx.query.type;
	if (type === 'account') return () => true;
	const id = Number(ctx.query.id);
	const find = (list) => {
		const record = list.find((r) => r.id === id);
		if (!record) throw notFound();
		return record;
	};
	if (type === 'agent') return ((u) => (c) => c.assignee_id === u.id)(find(agentsOf(ctx)));
	if (type === 'inbox') return ((i) => (c) => c.inbox_id === i.id)(find(inAccount(ctx, 'inboxes')));
	if (type === 'team') return ((t) => (c) => c.team_id === t.id)(find(inAccount(ctx, 'teams')));
	return ((l) => (c) => (c.labels || []).includes(l.title))(find(inAccount(ctx, 'labels')));
}

function counts(ctx, inScope, r) {
	const conversations = conversationsOf(ctx).filter(inScope);
	const ids = new Set(conversations.map((c) => c.id));
	const messages = messagesOf(ctx).filter((m) => ids.has(m.conversation_id) && within(r, m.created_at));
	return {
		conversations_count: conversations.filter((c) => within(r, c.created_at)).length,
		incoming_messages_count: messages.filter((m) => m.message_type === 'incoming').length,
		outgoing_messages_count: messages.filter((m) => m.message_type === 'outgoing').length,
		resolutions_count: conversations.filter((c) => c.status === 'resolved' && within(r, c.updated_at)).length,
	};
}

function reportsIndex(ctx) {
	requireAdmin(ctx);
	const inScope = scopeFilter(ctx);
	const r = range(ctx) || { from: new Date(ctx.now - 7 * DAY), to: ctx.now };
	const start = Date.UTC(r.from.getUTCFullYear(), r.from.getUTCMonth(), r.from.getUTCDate());
	const points = [];
	for (let day = start; day < r.to.getTime(); day += DAY) {
		const value = String(ctx.query.metric).startsWith('avg_') ? '0.0' : counts(ctx, inScope, { from: new Date(day), to: new Date(day + DAY) })[ctx.query.metric];
		points.push({ value: String(value), timestamp: day / 1000 });
	}
	return ok(points);
}

function summaryOf(ctx, inScope, r) {
	return { avg_first_response_time: '0.0', avg_resolution_time: '0.0', ...counts(ctx, inScope, r) };
}

function reportsSummary(ctx) {
	requireAdmin(ctx);
	const inScope = scopeFilter(ctx);
	const r = range(ctx);
	const previous = r && { from: new Date(2 * r.from - r.to), to: r.from };
	return ok({ ...summaryOf(ctx, inScope, r), previous: summaryOf(ctx, inScope, previous) });
}

const isOpen = (c) => c.status === 'open';
const unattended = (c) => isOpen(c) && !c.first_reply_created_at;

function accountConversationMetrics(ctx) {
	requireAdmin(ctx);
	const open = conversationsOf(ctx).filter(isOpen);
	return ok({ open: open.length, unattended: open.filter(unattended).length, unassigned: open.filter((c) => !c.assignee_id).length });
}

function agentConversationMetrics(ctx) {
	requireAdmin(ctx);
	const wanted = ctx.query.user_id !== undefined ? Number(ctx.query.user_id) : undefined;
	const agents = agentsOf(ctx).filter((u) => wanted === undefined || u.id === wanted);
	return ok(
		agents.map((u) => {
			const mine = conversationsOf(ctx).filter((c) => c.assignee_id === u.id && isOpen(c));
			return { id: u.id, name: u.name, email: u.email, thumbnail: '', availability: 'online', metric: { open: mine.length, unattended: mine.filter(unattended).length } };
		}),
	);
}

const channelOf = (ctx, c) => (ctx.state.inboxes.find((i) => i.id === c.inbox_id) || {}).channel_type;

function firstResponseTimeDistribution(ctx) {
	requireAdmin(ctx);
	const r = range(ctx);
	const out = {};
	for (const c of conversationsOf(ctx).filter((x) => x.first_reply_created_at && within(r, x.created_at))) {
		const hours = (c.first_reply_created_at - c.created_at) / (DAY / 24);
		const bucket = hours < 1 ? '0-1h' : hours < 4 ? '1-4h' : hours < 8 ? '4-8h' : hours < 24 ? '8-24h' : '24h+';
		const row = (out[channelOf(ctx, c)] ||= { '0-1h': 0, '1-4h': 0, '4-8h': 0, '8-24h': 0, '24h+': 0 });
		row[bucket] += 1;
	}
	return ok(out);
}

/** Rails reads `ids[]=1&ids[]=2` as an array. */
const idList = (value) => (value === undefined ? undefined : [].concat(value).map(Number));

function inboxLabelMatrix(ctx) {
	requireAdmin(ctx);
	const r = range(ctx);
	const inboxIds = idList(ctx.query.inbox_ids);
	const labelIds = idList(ctx.query.label_ids);
	const byName = (key) => (a, b) => String(a[key]).localeCompare(String(b[key]));
	const inboxes = inAccount(ctx, 'inboxes').filter((i) => !inboxIds || inboxIds.includes(i.id)).sort(byName('name'));
	const labels = inAccount(ctx, 'labels').filter((l) => !labelIds || labelIds.includes(l.id)).sort(byName('title'));
	const conversations = conversationsOf(ctx).filter((c) => within(r, c.created_at));
	return ok({
		inboxes: inboxes.map((i) => ({ id: i.id, name: i.name })),
		labels: labels.map((l) => ({ id: l.id, title: l.title })),
		matrix: inboxes.map((i) => labels.map((l) => conversations.filter((c) => c.inbox_id === i.id && (c.labels || []).includes(l.title)).length)),
	});
}

function outgoingMessagesCount(ctx) {
	requireAdmin(ctx);
	const r = range(ctx);
	const conversation = (m) => ctx.state.conversations.find((c) => c.id === m.conversation_id) || {};
	const outgoing = messagesOf(ctx).filter((m) => m.message_type === 'outgoing' && within(r, m.created_at));
	const groups = {
		// messages of bots are left out when grouped by agent
		agent: [agentsOf(ctx), (m, u) => m.sender_type === 'User' && m.sender_id === u.id, 'name'],
		inbox: [inAccount(ctx, 'inboxes'), (m, i) => m.inbox_id === i.id, 'name'],
		team: [inAccount(ctx, 'teams'), (m, t) => conversation(m).team_id === t.id, 'name'],
		label: [inAccount(ctx, 'labels'), (m, l) => (conversation(m).labels || []).includes(l.title), 'title'],
	};
	const [records, matches, nameKey] = groups[ctx.query.group_by];
	return ok(records.map((rec) => ({ id: rec.id, name: rec[nameKey], outgoing_messages_count: outgoing.filter((m) => matches(m, rec)).length })));
}

function summaryBy(ctx, records, belongs) {
	const r = range(ctx);
	return records.map((rec) => {
		const mine = conversationsOf(ctx).filter((c) => belongs(c, rec));
		return {
			id: rec.id,
			conversations_count: mine.filter((c) => within(r, c.created_at)).length,
			resolved_conversations_count: mine.filter((c) => c.status === 'resolved' && within(r, c.updated_at)).length,
			avg_resolution_time: null,
			avg_first_response_time: null,
			avg_reply_time: null,
		};
	});
}

const agentSummary = (ctx) => (requireAdmin(ctx), ok(summaryBy(ctx, agentsOf(ctx), (c, u) => c.assignee_id === u.id)));
const inboxSummary = (ctx) => (requireAdmin(ctx), ok(summaryBy(ctx, inAccount(ctx, 'inboxes'), (c, i) => c.inbox_id === i.id)));
const teamSummary = (ctx) => (requireAdmin(ctx), ok(summaryBy(ctx, inAccount(ctx, 'teams'), (c, t) => c.team_id === t.id)));

function channelSummary(ctx) {
	requireAdmin(ctx);
	const r = range(ctx);
	// CustomExceptions::Report::InvalidDateRange, rendered with status 400
	if (r && r.to - r.from > 183 * DAY) throw new HttpError(400, { error: 'Date range should not exceed 6 months' });
	const out = {};
	for (const c of conversationsOf(ctx).filter((x) => within(r, x.created_at))) {
		const row = (out[channelOf(ctx, c)] ||= { open: 0, resolved: 0, pending: 0, snoozed: 0, total: 0 });
		row[c.status] += 1;
		row.total += 1;
	}
	return ok(out);
}

function reportingEvent(e) {
	return {
		id: e.id,
		name: e.name,
		value: e.value,
		value_in_business_hours: e.value_in_business_hours ?? e.value,
		event_start_time: iso(e.event_start_time),
		event_end_time: iso(e.event_end_time),
		account_id: e.account_id,
		conversation_id: e.conversation_id ?? null,
		inbox_id: e.inbox_id ?? null,
		user_id: e.user_id ?? null,
		created_at: iso(e.created_at),
		updated_at: iso(e.created_at),
	};
}

function reportingEvents(ctx) {
	requireAdmin(ctx);
	const r = range(ctx);
	const { inbox_id: inboxId, user_id: userId, name } = ctx.query;
	const events = (ctx.state.reportingEvents || [])
		.filter((e) => e.account_id === ctx.account.id && within(r, e.created_at))
		.filter((e) => (inboxId === undefined || e.inbox_id === Number(inboxId)) && (userId === undefined || e.user_id === Number(userId)))
		.filter((e) => name === undefined || e.name === name)
		.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
	const page = Math.max(1, parseInt(ctx.query.page, 10) || 1);
	return ok({
		meta: { count: events.length, current_page: page, total_pages: Math.ceil(events.length / EVENTS_PER_PAGE) },
		payload: pageOf(events, page, EVENTS_PER_PAGE).map(reportingEvent),
	});
}

/** An HTML shell whatever the uuid (the page's script loads the conversation later). */
function surveyPage(ctx) {
	const html = `<!DOCTYPE html><html><head><title>Rate your conversation</title></head><body><div id="app" data-conversation="${ctx.params.conversation_uuid}"></div></body></html>`;
	return { status: 200, contentType: 'text/html; charset=utf-8', raw: html };
}

module.exports = {
	handlers: {
		'list-all-conversation-statistics': reportsIndex,
		'list-all-conversation-statistics-summary': reportsSummary,
		'get-account-conversation-metrics': accountConversationMetrics,
		'get-agent-conversation-metrics': agentConversationMetrics,
		'get-first-response-time-distribution': firstResponseTimeDistribution,
		'get-inbox-label-matrix': inboxLabelMatrix,
		'get-outgoing-messages-count': outgoingMessagesCount,
		'get-agent-summary-report': agentSummary,
		'get-channel-summary-report': channelSummary,
		'get-inbox-summary-report': inboxSummary,
		'get-team-summary-report': teamSummary,
		'get-account-reporting-events': reportingEvents,
		'get-csat-survey-page': surveyPage,
	},
};
