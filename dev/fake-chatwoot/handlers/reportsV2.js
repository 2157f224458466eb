'use strict';
// The v2 reports the spec leaves out: Api::V2::Accounts::ReportsController (bot_summary,
// bot_metrics and the CSV downloads agents, inboxes, labels, teams, conversations_summary,
// conversation_traffic), SummaryReportsController#label, LiveReportsController and
// YearInReviewsController. Numbers come from the fake's conversations and messages; times
// (averages) are not played: 0 or empty.

const { ok, requireAdmin, inAccount, currentUserId, findInAccount } = require('./util');
const { HttpError } = require('../errors');
const reports = require('./reports');

/** since/until as Unix seconds (DateRangeHelper), both or neither. */
function range(ctx) {
	const { since, until } = ctx.query;
	if (!since || !until) return undefined;
	return { from: new Date(Number(since) * 1000), to: new Date(Number(until) * 1000) };
}

const within = (r, date) => !r || (date >= r.from && date < r.to);
const conversationsOf = (ctx) => inAccount(ctx, 'conversations');

/** SummaryReportsController#label (LabelSummaryBuilder): one record per label of the account. */
function labelSummary(ctx) {
	requireAdmin(ctx);
	const r = range(ctx);
	return ok(
		inAccount(ctx, 'labels').map((label) => {
			const labelled = conversationsOf(ctx).filter((c) => (c.labels || []).includes(label.title));
			return {
				id: label.id,
				name: label.title,
				conversations_count: labelled.filter((c) => within(r, c.created_at)).length,
				avg_resolution_time: 0,
				avg_first_response_time: 0,
				avg_reply_time: 0,
				resolved_conversations_count: labelled.filter((c) => c.status === 'resolved' && within(r, c.updated_at)).length,
			};
		}),
	);
}

/** Conversations of inboxes with an agent bot (Inbox#active_bot?). */
function botConversations(ctx, r) {
	const botInboxes = new Set(inAccount(ctx, 'agentBotInboxes').map((b) => b.inbox_id));
	return conversationsOf(ctx).filter((c) => botInboxes.has(c.inbox_id) && within(r, c.created_at));
}

function eventCount(ctx, name, r) {
	const ids = (ctx.state.reportingEvents || []).filter((e) => e.account_id === ctx.account.id && e.name === name && within(r, e.created_at));
	return new Set(ids.map((e) => e.conversation_id)).size;
}

/** ReportsController#bot_summary: MetricBuilder#bot_summary of the period and the one before. */
function botSummary(ctx) {
	requireAdmin(ctx);
	const r = range(ctx);
	const previous = r && { from: new Date(2 * r.from - r.to), to: r.from };
	const counts = (period) => ({
		bot_resolutions_count: eventCount(ctx, 'conversation_bot_resolved', period),
		bot_handoffs_count: eventCount(ctx, 'conversation_bot_handoff', period),
	});
	return ok({ ...counts(r), previous: counts(previous) });
}

/** ReportsController#bot_metrics (BotMetricsBuilder): rates in whole percent. */
function botMetrics(ctx) {
	requireAdmin(ctx);
	const r = range(ctx);
	const conversations = botConversations(ctx, r);
	const ids = new Set(conversations.map((c) => c.id));
	const messages = inAccount(ctx, 'messages').filter((m) => ids.has(m.conversation_id) && m.message_type === 'outgoing' && within(r, m.created_at));
	const rate = (count) => (conversations.length === 0 ? 0 : Math.trunc((count / conversations.length) * 100));
	return ok({
		conversation_count: conversations.length,
		message_count: messages.length,
		resolution_rate: rate(eventCount(ctx, 'conversation_bot_resolved', r)),
		handoff_rate: rate(eventCount(ctx, 'conversation_bot_handoff', r)),
	});
}

/** YearInReviewsController#show: the token user's conversations of the year (no caching played). */
function yearInReview(ctx) {
	const year = ctx.query.year ?? 2025;
	const userId = currentUserId(ctx);
	const mine = conversationsOf(ctx).filter((c) => c.assignee_id === userId && new Date(c.created_at).getUTCFullYear() === Number(year));
	return ok({ year, total_conversations: mine.length, busiest_day: null, support_personality: { avg_response_time_seconds: 0 } });
}

/** LiveReportsController: the account's conversations, or a team's (404 for another team). */
function liveConversations(ctx) {
	const all = conversationsOf(ctx);
	if (ctx.query.team_id === undefined) return all;
	const team = findInAccount(ctx, 'teams', ctx.query.team_id);
	return all.filter((c) => c.team_id === team.id);
}

const isOpen = (c) => c.status === 'open';
const unattended = (c) => isOpen(c) && !c.first_reply_created_at;

function liveMetrics(ctx) {
	requireAdmin(ctx);
	const conversations = liveConversations(ctx);
	const open = conversations.filter(isOpen);
	return ok({
		open: open.length,
		unattended: open.filter(unattended).length,
		unassigned: open.filter((c) => !c.assignee_id).length,
		pending: conversations.filter((c) => c.status === 'pending').length,
	});
}

function groupedLiveMetrics(ctx) {
	const group = ctx.query.group_by;
	// set_group_scope runs before the authorization check
	if (!['team_id', 'assignee_id'].includes(group)) throw new HttpError(422, { error: 'invalid group_by' });
	requireAdmin(ctx);
	const groups = new Map();
	for (const c of liveConversations(ctx).filter(isOpen)) {
		const key = c[group] ?? null;
		const metric = groups.get(key) || { open: 0, unattended: 0, unassigned: 0, [group]: key };
		metric.open += 1;
		if (unattended(c)) metric.unattended += 1;
		if (!c.assignee_id) metric.unassigned += 1;
		groups.set(key, metric);
	}
	return ok([...groups.values()]);
}

// CSV downloads (app/views/api/v2/accounts/reports/*.csv.erb), English headers (config/locales/en.yml)

const csvCell = (value) => {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csvLine = (cells) => `${cells.map(csvCell).join(',')}\n`;
const day = (seconds) => new Date(Number(seconds) * 1000).toISOString().slice(0, 10);

function csv(body) {
	return { status: 200, contentType: 'text/csv', raw: body };
}

/** A period report: the period line, a blank line, the headers, one row per record. */
function periodCsv(ctx, headers, rows) {
	requireAdmin(ctx);
	return csv(`${csvLine([`Reporting period ${day(ctx.query.since)} to ${day(ctx.query.until)}`])}\n${csvLine(headers)}${rows.map(csvLine).join('')}`);
}

const TIMES = ['Avg first response time', 'Avg resolution time'];
// ReportsHelper#generate_readable_report_metrics: count, three times, resolved count
const readable = (summary) => [summary.conversations_count, '', '', '', summary.resolved_conversations_count];

function summaryRows(ctx, handler, records, label) {
	const summaries = reports.handlers[handler](ctx).body;
	return records.map((record) => [...label(record), ...readable(summaries.find((s) => s.id === record.id))]);
}

function agentsCsv(ctx) {
	const agents = ctx.state.accountUsers.filter((au) => au.account_id === ctx.account.id).map((au) => ctx.state.users.find((u) => u.id === au.user_id));
	return periodCsv(ctx, ['Agent name', 'Assigned conversations', ...TIMES, 'Avg customer waiting time', 'Resolution Count'], summaryRows(ctx, 'get-agent-summary-report', agents, (u) => [u.name]));
}

function inboxesCsv(ctx) {
	const inboxes = inAccount(ctx, 'inboxes');
	// the view names five columns, the rows have seven (Chatwoot's own mismatch)
	return periodCsv(ctx, ['Inbox name', 'Inbox type', 'No. of conversations', ...TIMES], summaryRows(ctx, 'get-inbox-summary-report', inboxes, (i) => [i.name, i.channel_type]));
}

function labelsCsv(ctx) {
	const rows = labelSummary(ctx).body.map((s) => [s.name, ...readable(s)]);
	return periodCsv(ctx, ['Label', 'No. of conversations', ...TIMES, 'Avg reply time', 'Resolution Count'], rows);
}

function teamsCsv(ctx) {
	const teams = inAccount(ctx, 'teams');
	return periodCsv(ctx, ['Team name', 'Conversations count', ...TIMES, 'Resolution Count', 'Avg customer waiting time'], summaryRows(ctx, 'get-team-summary-report', teams, (t) => [t.name]));
}

function conversationsCsv(ctx) {
	const s = reports.handlers['list-all-conversation-statistics-summary']({ ...ctx, query: { ...ctx.query, type: 'account' } }).body;
	const headers = ['Conversations', 'Messages received', 'Messages sent', ...TIMES, 'Resolution count', 'Avg customer waiting time'];
	return periodCsv(ctx, headers, [[s.conversations_count, s.incoming_messages_count, s.outgoing_messages_count, '', '', s.resolutions_count, '']]);
}

const HOUR = 3600 * 1000;

/** HeatmapHelper: new conversations per hour (rows) and day (columns), up to today in the offset's zone. */
function trafficCsv(ctx) {
	requireAdmin(ctx);
	const offset = Number(ctx.query.timezone_offset || 0);
	const daysBefore = ctx.query.days_before ? Number(ctx.query.days_before) : 6;
	const local = new Date(ctx.now.getTime() + offset * HOUR);
	const today = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
	const days = Array.from({ length: daysBefore }, (_, i) => today - (daysBefore - i) * 24 * HOUR);
	const count = (start) => conversationsOf(ctx).filter((c) => within({ from: new Date(start - offset * HOUR), to: new Date(start - offset * HOUR + HOUR) }, c.created_at)).length;
	const rows = Array.from({ length: 24 }, (_, hour) => [`${String(hour).padStart(2, '0')}:00`, ...days.map((d) => count(d + hour * HOUR))]);
	const zone = offset === 0 ? 'UTC' : `UTC${offset > 0 ? '+' : ''}${offset}`;
	const header = ['Start of the hour', ...days.map((d) => new Date(d).toISOString().slice(0, 10))];
	return csv(`${csvLine(['Timezone', zone])}\n${[header, ...rows].map(csvLine).join('')}`);
}

module.exports = {
	handlers: {
		'api/v2/accounts/summary_reports#label': labelSummary,
		'api/v2/accounts/reports#bot_summary': botSummary,
		'api/v2/accounts/reports#bot_metrics': botMetrics,
		'api/v2/accounts/year_in_reviews#show': yearInReview,
		'api/v2/accounts/live_reports#conversation_metrics': liveMetrics,
		'api/v2/accounts/live_reports#grouped_conversation_metrics': groupedLiveMetrics,
		'api/v2/accounts/reports#agents': agentsCsv,
		'api/v2/accounts/reports#inboxes': inboxesCsv,
		'api/v2/accounts/reports#labels': labelsCsv,
		'api/v2/accounts/reports#teams': teamsCsv,
		'api/v2/accounts/reports#conversations_summary': conversationsCsv,
		'api/v2/accounts/reports#conversation_traffic': trafficCsv,
	},
};
