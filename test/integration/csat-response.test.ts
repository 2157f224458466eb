/** CSAT Response: survey ratings, their metrics, the CSV report and review notes (routes the spec leaves out). */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'csatResponse' });

const RESPONSES = '/api/v1/accounts/1/csat_survey_responses';
const JUNE_1 = Date.parse('2026-06-01T10:00:00Z');
const JUNE_2 = Date.parse('2026-06-02T10:00:00Z');

/** Response 1: Jane rates conversation 1 (inbox 1, agent 1) 5 on June 1; response 2: John rates conversation 2 (inbox 2) 1 on June 2. */
function seedResponses() {
	ctx.fake.state.csatSurveyResponses = [
		{ id: 1, account_id: 1, conversation_id: 1, message_id: 4, contact_id: 1, assigned_agent_id: 1, rating: 5, feedback_message: 'Great help', csat_review_notes: null, review_notes_updated_by_id: null, review_notes_updated_at: null, created_at: new Date(JUNE_1) },
		{ id: 2, account_id: 1, conversation_id: 2, message_id: 3, contact_id: 2, assigned_agent_id: null, rating: 1, feedback_message: 'Too slow, "again"', csat_review_notes: null, review_notes_updated_by_id: null, review_notes_updated_at: null, created_at: new Date(JUNE_2) },
	];
}

const response1 = {
	id: 1,
	rating: 5,
	feedback_message: 'Great help',
	csat_review_notes: null,
	review_notes_updated_at: null,
	account_id: 1,
	message_id: 4,
	contact: expect.objectContaining({ id: 1, name: 'Jane Customer' }),
	conversation_id: 1,
	assigned_agent: expect.objectContaining({ id: 1, email: 'alice@acme.test' }),
	created_at: JUNE_1 / 1000,
};

const response2 = {
	id: 2,
	rating: 1,
	feedback_message: 'Too slow, "again"',
	csat_review_notes: null,
	review_notes_updated_at: null,
	account_id: 1,
	message_id: 3,
	contact: expect.objectContaining({ id: 2, name: 'John Doe' }),
	conversation_id: 2,
	created_at: JUNE_2 / 1000,
};

describe('CSAT Response', () => {
	test('Get Many: one item per response', async () => {
		seedResponses();
		const { items } = await run({ operation: 'getAll', csatResponseReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', RESPONSES, undefined, { page: '1' })]);
		expect(items.map((i) => i.json)).toEqual([response1, response2]);
	});

	test('Get Many sends the filters as Chatwoot reads them (unix seconds, arrays with [])', async () => {
		seedResponses();
		const { items } = await run({
			operation: 'getAll',
			csatResponseReturnAll: true,
			csatResponseFilters: { since: '2026-06-01T00:00:00Z', until: '2026-06-03T00:00:00Z', rating: ['1', '2'], inbox_id: byId(2), user_ids: '', team_id: byId('') },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', RESPONSES, undefined, { since: '1780272000', until: '1780444800', 'rating[]': ['1', '2'], inbox_id: '2', page: '1' }),
		]);
		expect(items.map((i) => i.json)).toEqual([response2]);
	});

	test('Get Many pages by 25; Return All reads to the short last page', async () => {
		ctx.fake.state.csatSurveyResponses = Array.from({ length: 30 }, (_, i) => ({
			id: i + 1, account_id: 1, conversation_id: 1, message_id: 4, contact_id: 1, assigned_agent_id: 2, rating: 4, feedback_message: null,
			csat_review_notes: null, review_notes_updated_by_id: null, review_notes_updated_at: null, created_at: new Date(JUNE_1),
		}));
		const { items } = await run({ operation: 'getAll', csatResponseReturnAll: true, csatResponseFilters: { user_ids: '2' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', RESPONSES, undefined, { 'user_ids[]': '2', page: '1' }),
			expectedRequest('GET', RESPONSES, undefined, { 'user_ids[]': '2', page: '2' }),
		]);
		expect(items.map((i) => i.json.id)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
	});

	test('Get Metrics: counts per rating and surveys sent', async () => {
		seedResponses();
		const { items } = await run({ operation: 'getMetrics', csatMetricFilters: { team_id: byId('') } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${RESPONSES}/metrics`)]);
		expect(items.map((i) => i.json)).toEqual([{ total_count: 2, ratings_count: { 1: 1, 5: 1 }, total_sent_messages_count: 0 }]);
	});

	test('Download Report: the CSV file as binary data', async () => {
		seedResponses();
		const { items } = await run({ operation: 'download', csatReportSince: '2026-06-01T00:00:00Z', csatReportUntil: '2026-06-02T00:00:00Z', csatReportBinaryProperty: 'report' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${RESPONSES}/download`, undefined, { since: '1780272000', until: '1780358400' }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ file_name: 'csat_report.csv' }]);
		const file = items[0].binary!.report;
		expect(file).toMatchObject({ fileName: 'csat_report.csv', mimeType: 'text/csv' });
		expect(Buffer.from(file.data, 'base64').toString('utf8')).toBe(
			'\uFEFFAgent Name,Rating,Feedback Comment,Contact Name,Contact Email Address,Contact Phone Number,Link to the conversation,Recorded date,Review Notes\n' +
				`Alice Admin (alice@acme.test),5,Great help,Jane Customer,jane@example.test,+15550001111,${ctx.fake.url}/app/accounts/1/conversations/1,2026-06-01 10:00:00 UTC,\n` +
				'Reporting period 2026-06-01 to 2026-06-02\n',
		);
	});

	test('Update Review Notes sends the notes in the body and answers the response', async () => {
		seedResponses();
		const { items } = await run({ operation: 'update', csatResponseId: 2, csatReviewNotes: 'Called back, refunded' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${RESPONSES}/2/update`, { csat_review_notes: 'Called back, refunded' })]);
		expect(items.map((i) => i.json)).toEqual([
			{
				...response2,
				csat_review_notes: 'Called back, refunded',
				review_notes_updated_at: expect.any(Number),
				review_notes_updated_by: { id: 1, name: expect.any(String) },
			},
		]);
	});

	test('a server without the Enterprise code: Update Review Notes gets 404, explained as an Enterprise feature', async () => {
		seedResponses();
		ctx.fake.state.server.enterprise = false;
		const { error, items } = await runNode({
			parameters: { resource: 'csatResponse', operation: 'update', csatResponseId: 2, csatReviewNotes: 'x' },
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
		expect(error?.message).toBe('Chatwoot: Not Found');
		expect(error?.description).toBe(
			'PATCH /api/v1/accounts/1/csat_survey_responses/2/update is an Enterprise feature of Chatwoot: a server without the Enterprise code (the Community edition, or DISABLE_ENTERPRISE set) has no such route and answers 404.',
		);
	});

	test.each([
		['Since without Until', { operation: 'getAll', csatResponseReturnAll: true, csatResponseFilters: { since: '2026-06-01T00:00:00Z' } }, /^Until: is required when the other end of the period is set/],
		['a Since that is no date', { operation: 'getMetrics', csatMetricFilters: { since: 'soon', until: '2026-06-01T00:00:00Z' } }, /^Since: /],
		['Agent IDs that are no numbers', { operation: 'getAll', csatResponseReturnAll: true, csatResponseFilters: { user_ids: 'alice' } }, /^Agent IDs: /],
		['a rating of 6', { operation: 'getAll', csatResponseReturnAll: true, csatResponseFilters: { rating: ['6'] } }, /^Ratings: /],
		['a report without Until', { operation: 'download', csatReportSince: '2026-06-01T00:00:00Z', csatReportUntil: '={{ "" }}' }, /^Until: is required and cannot be empty/],
		['a Response ID that is no number', { operation: 'update', csatResponseId: '={{ "abc" }}', csatReviewNotes: 'x' }, /^Response ID: must be a positive whole number, got "abc"/],
		['blank Review Notes', { operation: 'update', csatResponseId: 2, csatReviewNotes: ' ' }, /^Review Notes: is required and cannot be empty/],
		['Review Notes that are no text', { operation: 'update', csatResponseId: 2, csatReviewNotes: '={{ ["called"] }}' }, /^Review Notes: must be text, got \["called"\]/],
	])('%s fails before any request, naming the field', async (_what, parameters, message) => {
		const { error, items } = await runNode({ parameters: { resource: 'csatResponse', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
