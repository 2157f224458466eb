'use strict';
// Audit logs of an account (Enterprise): Api::V1::Accounts::AuditLogsController#show and
// enterprise/app/views/api/v1/accounts/audit_logs/show.json.jbuilder. Entries live in
// state.auditLogs (none are seeded; tests add them); newest first, 25 a page.

const { ok, requireAdmin, pageOf } = require('./util');
const { unix } = require('../views/time');

const RESULTS_PER_PAGE = 25;

function auditLog(entry) {
	return {
		id: entry.id,
		auditable_id: entry.auditable_id,
		auditable_type: entry.auditable_type,
		auditable: entry.auditable ?? null,
		associated_id: entry.associated_id,
		associated_type: 'Account',
		user_id: entry.user_id,
		user_type: 'User',
		username: entry.username,
		action: entry.action,
		audited_changes: entry.audited_changes ?? {},
		version: entry.version ?? 1,
		comment: null,
		request_uuid: entry.request_uuid ?? null,
		created_at: unix(entry.created_at),
		remote_address: entry.remote_address ?? null,
	};
}

function listAuditLogs(ctx) {
	requireAdmin(ctx);
	const entries = (ctx.state.auditLogs || [])
		.filter((entry) => entry.associated_id === ctx.account.id)
		.sort((a, b) => new Date(b.created_at) - new Date(a.created_at) || b.id - a.id);
	// Kaminari: current_page is the page served (1 when the parameter is missing or unusable)
	const page = Math.max(1, parseInt(ctx.query.page, 10) || 1);
	return ok({
		per_page: RESULTS_PER_PAGE,
		total_entries: entries.length,
		current_page: page,
		audit_logs: pageOf(entries, page, RESULTS_PER_PAGE).map(auditLog),
	});
}

module.exports = { handlers: { 'get-account-audit-logs': listAuditLogs } };
