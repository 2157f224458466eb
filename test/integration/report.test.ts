/** Report: v2 reports, summary reports and reporting events, through n8n-core's engine against the fake. */
import { expectedRequest, runner, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const V2 = '/api/v2/accounts/1';
// 2024-05-01T00:00:00Z and 2024-05-03T00:00:00Z
const SINCE = 1714521600;
const UNTIL = 1714694400;

const run = runner(ctx, { resource: 'report' });

const get = (path: string, query: Record<string, unknown> = {}) => ({ method: 'GET', path, query, body: undefined, status: 200, rejected: undefined });

describe('Report: v2 reports', () => {
	test('Get Metric Over Time: metric, type and the date range as Unix seconds; one item per point', async () => {
		const { items } = await run({
			operation: 'getMetric',
			metric: 'incoming_messages_count',
			type: 'account',
			reportOptions: { since: '2024-05-01T00:00:00Z', until: UNTIL },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			get(`${V2}/reports`, { metric: 'incoming_messages_count', type: 'account', since: String(SINCE), until: String(UNTIL) }),
		]);
		expect(items.map((i) => i.json)).toEqual([
			{ value: '0', timestamp: SINCE },
			{ value: '0', timestamp: SINCE + 86400 },
		]);
	});

	test('Get Metric Over Time about one inbox sends its ID', async () => {
		await run({ operation: 'getMetric', metric: 'conversations_count', type: 'inbox', recordId: '1', reportOptions: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${V2}/reports`, undefined, { metric: 'conversations_count', type: 'inbox', id: '1' })]);
	});

	test('a date without time zone is read in the workflow time zone (America/New_York here)', async () => {
		await run({ operation: 'getSummary', type: 'account', reportOptions: { since: '2024-05-01T00:00:00', until: '2024-05-02T00:00:00' } });
		// midnight in New York (EDT, UTC-4) is 04:00 UTC
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${V2}/reports/summary`, undefined, { type: 'account', since: String(SINCE + 4 * 3600), until: String(SINCE + 28 * 3600) })]);
	});

	test('Get Metrics Summary: totals with the previous period', async () => {
		const { items } = await run({ operation: 'getSummary', type: 'agent', recordId: 1, reportOptions: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/summary`, { type: 'agent', id: '1' })]);
		expect(items).toHaveLength(1);
		// Alice is assigned conversation 1 of the demo data
		expect(items[0].json).toMatchObject({ conversations_count: 1, previous: expect.any(Object) });
	});

	test('Get Account Conversation Metrics: type=account is sent for the user', async () => {
		const { items } = await run({ operation: 'getAccountConversationMetrics' });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/conversations`, { type: 'account' })]);
		// open: conversations 1 and 2; unattended: 2 (no reply yet); unassigned: 2
		expect(items.map((i) => i.json)).toEqual([{ open: 2, unattended: 1, unassigned: 1 }]);
	});

	test('Get Agent Conversation Metrics: the trailing-slash route, one item per agent', async () => {
		const { items } = await run({ operation: 'getAgentConversationMetrics', reportAgent: { __rl: true, mode: 'list', value: '' } });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/conversations/`, { type: 'agent' })]);
		expect(items.map((i) => [i.json.id, i.json.metric])).toEqual([
			[1, { open: 1, unattended: 0 }],
			[2, { open: 0, unattended: 0 }],
		]);
	});

	test('Get Agent Conversation Metrics for one agent', async () => {
		const { items } = await run({ operation: 'getAgentConversationMetrics', reportAgent: { __rl: true, mode: 'id', value: '2' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${V2}/reports/conversations/`, undefined, { type: 'agent', user_id: '2' })]);
		expect(items.map((i) => i.json.name)).toEqual(['Bob Agent']);
	});

	test('Get First Response Time Distribution: the answer object is the item', async () => {
		const { items } = await run({ operation: 'getFirstResponseTimeDistribution', reportOptions: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/first_response_time_distribution`)]);
		// conversations 1 and 3 (API inbox) were answered an hour after they started
		expect(items.map((i) => i.json)).toEqual([{ 'Channel::Api': { '0-1h': 0, '1-4h': 2, '4-8h': 0, '8-24h': 0, '24h+': 0 } }]);
	});

	test('Get First Response Time Distribution of a period', async () => {
		await run({ operation: 'getFirstResponseTimeDistribution', reportOptions: { since: SINCE, until: UNTIL } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${V2}/reports/first_response_time_distribution`, undefined, { since: String(SINCE), until: String(UNTIL) })]);
	});

	test('Get Inbox Label Matrix: ID lists go as inbox_ids[] and label_ids[]', async () => {
		const { items } = await run({ operation: 'getInboxLabelMatrix', reportInboxLabelOptions: { inbox_ids: '1, 2', label_ids: '1' } });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/inbox_label_matrix`, { 'inbox_ids[]': ['1', '2'], 'label_ids[]': '1' })]);
		expect(items.map((i) => i.json)).toEqual([
			{
				inboxes: [
					{ id: 1, name: 'Acme Support' },
					{ id: 2, name: 'Acme Website' },
				],
				labels: [{ id: 1, title: 'billing' }],
				matrix: [[1], [0]],
			},
		]);
	});

	test('Get Outgoing Messages Count grouped by inbox', async () => {
		const { items } = await run({ operation: 'getOutgoingMessagesCount', groupBy: 'inbox', reportOptions: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/outgoing_messages_count`, { group_by: 'inbox' })]);
		expect(items.map((i) => [i.json.name, i.json.outgoing_messages_count])).toEqual([
			['Acme Support', 2],
			['Acme Website', 0],
		]);
	});

	test.each([
		['getAgentSummary', 'agent', [1, 2]],
		['getInboxSummary', 'inbox', [1, 2]],
		['getTeamSummary', 'team', [1]],
	])('%s: one item per %s, business hours sent when set', async (operation, path, ids) => {
		const { items } = await run({ operation, reportBusinessHoursOptions: { since: SINCE, until: UNTIL, business_hours: true } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			get(`${V2}/summary_reports/${path}`, { since: String(SINCE), until: String(UNTIL), business_hours: 'true' }),
		]);
		expect(items.map((i) => i.json.id)).toEqual(ids);
		expect(items[0].json).toMatchObject({ conversations_count: 0, resolved_conversations_count: 0 });
	});

	test('Get Channel Summary: counts per channel type', async () => {
		const { items } = await run({ operation: 'getChannelSummary', reportOptions: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/summary_reports/channel`)]);
		expect(items.map((i) => i.json)).toEqual([
			{
				'Channel::Api': { open: 1, resolved: 1, pending: 0, snoozed: 0, total: 2 },
				'Channel::WebWidget': { open: 1, resolved: 0, pending: 0, snoozed: 0, total: 1 },
			},
		]);
	});

	test("a range over six months: Chatwoot's 400 with its text", async () => {
		const error = await run.failure({ operation: 'getChannelSummary', reportOptions: { since: '2024-01-01T00:00:00Z', until: '2024-12-31T00:00:00Z' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v2/accounts/1/summary_reports/channel', undefined, { since: '1704067200', until: '1735603200' }, 400)]);
		expect(error.httpCode).toBe('400');
		expect(error.message).toBe('Chatwoot: Date range should not exceed 6 months');
	});

	describe('bad input fails before any request, naming the field', () => {
		test.each([
			['since not a date', { operation: 'getSummary', type: 'account', reportOptions: { since: 'yesterday' } }, /^Since: must be a real date and time, got "yesterday"/],
			// February has no 30th: refused, not moved to March 1
			['since an impossible date', { operation: 'getSummary', type: 'account', reportOptions: { since: '2024-02-30' } }, /^Since: must be a real date and time, got "2024-02-30"$/],
			['until at 10:61', { operation: 'getSummary', type: 'account', reportOptions: { until: '2024-05-01T10:61:00Z' } }, /^Until: must be a real date and time, got "2024-05-01T10:61:00Z"$/],
			['since out of range', { operation: 'getSummary', type: 'account', reportOptions: { since: '={{ 1e20 }}' } }, /^Since: must be between 1970 and the end of 9999, got 100000000000000000000$/],
			['an inbox report without the inbox', { operation: 'getMetric', metric: 'conversations_count', type: 'inbox', recordId: '={{ "" }}' }, /^ID: is required for a report about one inbox/],
			['a report ID that is not a number', { operation: 'getSummary', type: 'team', recordId: 'support' }, /^ID: must be a positive whole number, got "support"/],
			['an unknown metric', { operation: 'getMetric', metric: '={{ "csat" }}', type: 'account' }, /^Metric: must be one of avg_first_response_time/],
			['inbox IDs not numbers', { operation: 'getInboxLabelMatrix', reportInboxLabelOptions: { inbox_ids: '1, two' } }, /^Inbox IDs: must be a positive whole number, got "two"/],
			['agent not an ID', { operation: 'getAgentConversationMetrics', reportAgent: { __rl: true, mode: 'id', value: '={{ "bob" }}' } }, /^Agent: must be a positive whole number/],
		])('%s', async (_name, parameters, message) => {
			const error = await run.failure(parameters);
			expect(error.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});
	});
});

describe('Report > Get Many Reporting Events', () => {
	const base = new Date('2024-05-01T12:00:00Z').getTime();
	function seedEvents(count: number) {
		ctx.fake.state.reportingEvents = Array.from({ length: count }, (_, i) => ({
			id: i + 1,
			account_id: 1,
			name: i % 2 ? 'first_response' : 'conversation_resolved',
			value: 60 * (i + 1),
			conversation_id: 1,
			inbox_id: i % 3 ? 1 : 2,
			user_id: 1,
			event_start_time: new Date(base + i * 1000),
			event_end_time: new Date(base + i * 1000 + 60000),
			// newest first: event 1 is the newest
			created_at: new Date(base - i * 60000),
		}));
	}

	test('Limit 110 reads five pages of 25 and cuts the fifth mid-page', async () => {
		seedEvents(130);
		const { items } = await run({ operation: 'getReportingEvents', reportReturnAll: false, reportLimit: 110, reportFilters: {} });
		expect(ctx.fake.requests.map((r) => r.query)).toEqual([1, 2, 3, 4, 5].map((page) => ({ page: String(page) })));
		expect(items).toHaveLength(110);
		expect(items.map((i) => i.json.id)).toEqual(Array.from({ length: 110 }, (_, i) => i + 1));
		expect(items[0].json).toMatchObject({ id: 1, name: 'conversation_resolved', value: 60, inbox_id: 2, account_id: 1 });
	});

	test('Return All reads until the short last page', async () => {
		seedEvents(130);
		const { items } = await run({ operation: 'getReportingEvents', reportReturnAll: true, reportFilters: {} });
		expect(ctx.fake.requests.map((r) => r.query.page)).toEqual(['1', '2', '3', '4', '5', '6']);
		expect(items).toHaveLength(130);
		expect(new Set(items.map((i) => i.json.id)).size).toBe(130);
	});

	test('Filters: event name, inbox, agent and dates, on every page', async () => {
		seedEvents(130);
		const { items } = await run({
			operation: 'getReportingEvents',
			reportReturnAll: true,
			reportFilters: { name: 'first_response', inbox_id: 1, user_id: 1, since: '2024-04-01T00:00:00Z', until: '2024-06-01T00:00:00Z' },
		});
		const filters = { since: '1711929600', until: '1717200000', inbox_id: '1', user_id: '1', name: 'first_response' };
		expect(ctx.fake.requests.map(summary)).toEqual([
			get('/api/v1/accounts/1/reporting_events', { ...filters, page: '1' }),
			get('/api/v1/accounts/1/reporting_events', { ...filters, page: '2' }),
		]);
		expect(items.length).toBeGreaterThan(25);
		expect(items.every((i) => i.json.name === 'first_response' && i.json.inbox_id === 1)).toBe(true);
	});
});
