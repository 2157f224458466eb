/** Report: v2 reports, summary reports and reporting events, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { expectedRequest, runner, summary, useFakeChatwoot, userCredential } from '../helpers/fake';

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

describe('Report: v2 routes the spec leaves out', () => {
	test('Get Label Summary: one item per label, the date range and Business Hours in the query', async () => {
		const { items } = await run({ operation: 'getLabelSummary', reportBusinessHoursOptions: { business_hours: true } });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/summary_reports/label`, { business_hours: 'true' })]);
		const times = { avg_resolution_time: 0, avg_first_response_time: 0, avg_reply_time: 0 };
		expect(items.map((i) => i.json)).toEqual([
			{ id: 1, name: 'billing', conversations_count: 1, ...times, resolved_conversations_count: 0 },
			{ id: 2, name: 'vip', conversations_count: 0, ...times, resolved_conversations_count: 0 },
			{ id: 3, name: 'bug', conversations_count: 0, ...times, resolved_conversations_count: 0 },
		]);
	});

	test('Get Bot Summary: type=account sent for the user, with the previous period', async () => {
		ctx.fake.state.reportingEvents = [
			{ id: 1, account_id: 1, name: 'conversation_bot_resolved', conversation_id: 2, created_at: new Date((SINCE + 3600) * 1000) },
			{ id: 2, account_id: 1, name: 'conversation_bot_handoff', conversation_id: 1, created_at: new Date((SINCE - 3600) * 1000) },
		];
		const { items } = await run({ operation: 'getBotSummary', reportOptions: { since: SINCE, until: UNTIL } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			get(`${V2}/reports/bot_summary`, { type: 'account', since: String(SINCE), until: String(UNTIL) }),
		]);
		expect(items.map((i) => i.json)).toEqual([
			{ bot_resolutions_count: 1, bot_handoffs_count: 0, previous: { bot_resolutions_count: 0, bot_handoffs_count: 1 } },
		]);
	});

	test('Get Bot Metrics: the answer object is the item', async () => {
		const { items } = await run({ operation: 'getBotMetrics', reportOptions: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/bot_metrics`)]);
		// inbox 1 has an agent bot: conversations 1 and 3, their outgoing messages (private notes too)
		expect(items.map((i) => i.json)).toEqual([{ conversation_count: 2, message_count: 3, resolution_rate: 0, handoff_rate: 0 }]);
	});

	test('Get Year in Review: the year in the query', async () => {
		const { items } = await run({ operation: 'getYearInReview', reportYear: 2024 });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/year_in_review`, { year: '2024' })]);
		expect(items.map((i) => i.json)).toEqual([
			{ year: '2024', total_conversations: 0, busiest_day: null, support_personality: { avg_response_time_seconds: 0 } },
		]);
	});

	test('Get Live Conversation Metrics of the account, and of one team', async () => {
		const { items } = await run({ operation: 'getLiveConversationMetrics', reportLiveTeam: { __rl: true, mode: 'list', value: '' } });
		const team = await run({ operation: 'getLiveConversationMetrics', reportLiveTeam: { __rl: true, mode: 'id', value: '1' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			get(`${V2}/live_reports/conversation_metrics`),
			get(`${V2}/live_reports/conversation_metrics`, { team_id: '1' }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ open: 2, unattended: 1, unassigned: 1, pending: 0 }]);
		expect(team.items.map((i) => i.json)).toEqual([{ open: 0, unattended: 0, unassigned: 0, pending: 0 }]);
	});

	test('Get Live Conversation Metrics by Group: one item per agent', async () => {
		const { items } = await run({ operation: 'getGroupedLiveConversationMetrics', liveGroupBy: 'assignee_id', reportLiveTeam: { __rl: true, mode: 'list', value: '' } });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/live_reports/grouped_conversation_metrics`, { group_by: 'assignee_id' })]);
		expect(items.map((i) => i.json)).toEqual([
			{ open: 1, unattended: 0, unassigned: 0, assignee_id: 1 },
			{ open: 1, unattended: 1, unassigned: 1, assignee_id: null },
		]);
	});

	const csvOf = (item: { binary?: Record<string, { data: string }> }) => Buffer.from(item.binary!.data.data, 'base64').toString('utf8');

	test('Download Agents Report: the CSV file as binary data, the period required', async () => {
		const { items } = await run({
			operation: 'downloadAgentsReport',
			reportPeriodSince: '2024-05-01T00:00:00Z',
			reportPeriodUntil: UNTIL,
			reportDownloadOptions: { business_hours: false },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			get(`${V2}/reports/agents`, { since: String(SINCE), until: String(UNTIL), business_hours: 'false' }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({ fileName: 'agents_report.csv' });
		expect(items[0].binary!.data).toMatchObject({ fileName: 'agents_report.csv', mimeType: 'text/csv' });
		expect(csvOf(items[0])).toBe(
			'Reporting period 2024-05-01 to 2024-05-03\n\n' +
				'Agent name,Assigned conversations,Avg first response time,Avg resolution time,Avg customer waiting time,Resolution Count\n' +
				'Alice Admin,0,,,,0\nBob Agent,0,,,,0\n',
		);
	});

	test.each([
		['downloadInboxesReport', 'inboxes', 'inboxes_report', 'Inbox name,Inbox type'],
		['downloadLabelsReport', 'labels', 'labels_report', 'Label,No. of conversations'],
		['downloadTeamsReport', 'teams', 'teams_report', 'Team name,Conversations count'],
		['downloadConversationsReport', 'conversations_summary', 'conversations_summary_report', 'Conversations,Messages received'],
	])('%s: GET reports/%s as %s.csv', async (operation, route, file, headers) => {
		const { items } = await run({ operation, reportPeriodSince: SINCE, reportPeriodUntil: UNTIL });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/${route}`, { since: String(SINCE), until: String(UNTIL) })]);
		expect(items.map((i) => [i.json, i.binary!.data.fileName, i.binary!.data.mimeType])).toEqual([[{ fileName: `${file}.csv` }, `${file}.csv`, 'text/csv']]);
		expect(csvOf(items[0]).split('\n').slice(0, 3)).toEqual(['Reporting period 2024-05-01 to 2024-05-03', '', expect.stringMatching(new RegExp(`^${headers},`))]);
	});

	test('Download Conversation Traffic: time zone offset and days in the query; the CSV names the zone', async () => {
		const { items } = await run({ operation: 'downloadConversationTraffic', reportTrafficOptions: { timezone_offset: 5.5, days_before: 2 } });
		expect(ctx.fake.requests.map(summary)).toEqual([get(`${V2}/reports/conversation_traffic`, { timezone_offset: '5.5', days_before: '2' })]);
		expect(items.map((i) => i.json)).toEqual([{ fileName: 'conversation_traffic_reports.csv' }]);
		const lines = csvOf(items[0]).split('\n');
		expect(lines.slice(0, 2)).toEqual(['Timezone,UTC+5.5', '']);
		expect(lines[2]).toMatch(/^Start of the hour,\d{4}-\d\d-\d\d,\d{4}-\d\d-\d\d$/);
		expect(lines.slice(3, 27).map((line) => line.split(',')[0])).toEqual(Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`));
	});

	test("an agent asking for a CSV report: Chatwoot's 401 with its text", async () => {
		const { error, items } = await runNode({
			parameters: { resource: 'report', operation: 'downloadTeamsReport', reportPeriodSince: SINCE, reportPeriodUntil: UNTIL } as never,
			credential: { ...userCredential(ctx.fake), accessToken: 'agent-token' },
		});
		expect(items).toEqual([]);
		expect(error?.message).toBe('Chatwoot: You are not authorized to do this action');
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([401]);
	});

	describe('bad input fails before any request, naming the field', () => {
		test.each([
			['a CSV report without Since', { operation: 'downloadLabelsReport', reportPeriodSince: '={{ "" }}', reportPeriodUntil: UNTIL }, /^Since: is required and cannot be empty/],
			['a CSV report until a non-date', { operation: 'downloadLabelsReport', reportPeriodSince: SINCE, reportPeriodUntil: 'soon' }, /^Until: must be a real date and time, got "soon"/],
			['a time zone offset that is not a number', { operation: 'downloadConversationTraffic', reportTrafficOptions: { timezone_offset: '={{ "CET" }}' } }, /^Time Zone Offset: must be a number, got "CET"/],
			['days before today not whole', { operation: 'downloadConversationTraffic', reportTrafficOptions: { days_before: 1.5 } }, /^Days Before Today: must be a positive whole number, got 1.5/],
			['a year that is not a number', { operation: 'getYearInReview', reportYear: '={{ "last" }}' }, /^Year: must be a positive whole number, got "last"/],
			['an unknown grouping', { operation: 'getGroupedLiveConversationMetrics', liveGroupBy: '={{ "inbox_id" }}' }, /^Group By: must be one of assignee_id, team_id, got "inbox_id"/],
			['a team that is not an ID', { operation: 'getLiveConversationMetrics', reportLiveTeam: { __rl: true, mode: 'id', value: '={{ "support" }}' } }, /^Team: must be a positive whole number, got "support"/],
		])('%s', async (_name, parameters, message) => {
			const { error, items } = await runNode({ parameters: { resource: 'report', ...parameters } as never, credential: userCredential(ctx.fake) });
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
			expect(ctx.fake.requests).toHaveLength(0);
		});
	});
});
