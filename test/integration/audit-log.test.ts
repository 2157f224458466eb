/** Audit Log > Get Many: 25 entries a page, newest first; Limit exact, Return All to the end. */
import { byId, expectedRequest, runner, summary, useFakeChatwoot } from '../helpers/fake';

// The fake's handlers by operationId, to answer as an older server for one test.
const { byOperation } = require('../../dev/fake-chatwoot/handlers') as { byOperation: Record<string, (ctx: unknown) => unknown> };

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'auditLog', operation: 'getAll' });

const START = Date.parse('2026-01-01T00:00:00Z');

/** `count` entries of account 1; entry n is n minutes after START, so the newest has the highest id. */
function seedAuditLogs(count: number) {
	ctx.fake.state.auditLogs = Array.from({ length: count }, (_, index) => ({
		id: index + 1,
		auditable_id: index + 1,
		auditable_type: 'Label',
		associated_id: 1,
		user_id: 1,
		username: 'alice@acme.test',
		action: index % 2 ? 'update' : 'create',
		audited_changes: { title: `label-${index + 1}` },
		created_at: new Date(START + index * 60_000),
	}));
}

/** The requests for pages 1 to `pages`. */
const pageRequests = (pages: number) =>
	Array.from({ length: pages }, (_, index) => expectedRequest('GET', '/api/v1/accounts/1/audit_logs', undefined, { page: String(index + 1) }));

/** Entry IDs from `newest` down, `count` of them. */
const newestFirst = (newest: number, count: number) => Array.from({ length: count }, (_, i) => newest - i);

describe('Audit Log', () => {
	test('Limit 110 reads 5 pages and cuts the fifth in the middle', async () => {
		seedAuditLogs(140);
		const { items } = await run({ auditLogReturnAll: false, auditLogLimit: 110 });
		expect(ctx.fake.requests.map(summary)).toEqual(pageRequests(5));
		expect(items).toHaveLength(110);
		expect(items[0].json).toMatchObject({ id: 140, auditable_type: 'Label', action: 'update', username: 'alice@acme.test' });
		expect(items.map((i) => i.json.id)).toEqual(newestFirst(140, 110));
	});

	test('Return All reads up to the short last page', async () => {
		seedAuditLogs(140);
		const { items } = await run({ auditLogReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual(pageRequests(6));
		expect(items).toHaveLength(140);
		expect(items.map((i) => i.json.id)).toEqual(newestFirst(140, 140));
	});

	test('Return All stops after an empty page when the total is a multiple of 25', async () => {
		seedAuditLogs(50);
		const { items } = await run({ auditLogReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual(pageRequests(3));
		expect(items.map((i) => i.json.id)).toEqual(newestFirst(50, 50));
	});

	test('older servers: {data: {meta, audit_logs}}', async () => {
		seedAuditLogs(30);
		const current = byOperation['get-account-audit-logs'];
		byOperation['get-account-audit-logs'] = (request) => {
			const answer = current(request) as { status: number; body: { audit_logs: unknown[]; total_entries: number; current_page: number } };
			const { audit_logs, total_entries, current_page } = answer.body;
			return { status: 200, body: { data: { meta: { total_entries, current_page }, audit_logs } } };
		};
		try {
			const { items } = await run({ auditLogReturnAll: false, auditLogLimit: 27 });
			expect(ctx.fake.requests.map(summary)).toEqual(pageRequests(2));
			expect(items.map((i) => i.json.id)).toEqual(newestFirst(30, 27));
		} finally {
			byOperation['get-account-audit-logs'] = current;
		}
	});

	test('no entries (audit logs switched off): no items', async () => {
		const { items } = await run({ auditLogReturnAll: true });
		expect(items).toEqual([]);
		expect(ctx.fake.requests.map(summary)).toEqual(pageRequests(1));
	});

	test('bad input fails before any request, naming the field', async () => {
		const error = await run.failure({ auditLogReturnAll: true, account: byId('={{ "acme" }}') });
		expect(error.message).toMatch(/^Account: must be a positive whole number, got "acme"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('a server without the Enterprise code: 404 Not Found, explained as an Enterprise feature', async () => {
		ctx.fake.state.server.enterprise = false;
		const error = await run.failure({ auditLogReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/audit_logs', undefined, { page: '1' }, 404)]);
		expect(error.message).toBe('Chatwoot: Not Found');
		expect(error.description).toBe(
			'GET /api/v1/accounts/1/audit_logs is an Enterprise feature of Chatwoot: a server without the Enterprise code (the Community edition, or DISABLE_ENTERPRISE set) has no such route and answers 404.',
		);
	});
});
