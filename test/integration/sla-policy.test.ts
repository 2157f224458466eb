/** SLA Policy and Applied SLA (Enterprise): every operation, the filters, bad input, a server without Enterprise. */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();
const run = runner(ctx);

const POLICY = {
	id: 1,
	name: 'Premium',
	description: 'Premium customers',
	first_response_time_threshold: 600,
	next_response_time_threshold: 1800,
	resolution_time_threshold: 86400,
	only_during_business_hours: false,
};

function seedPolicy() {
	ctx.fake.state.slaPolicies = [{ ...POLICY, account_id: 1 }];
}

describe('SLA Policy', () => {
	test('Create sends the name and the added fields; the policy comes out of {payload}', async () => {
		const { items } = await run({
			resource: 'slaPolicy',
			operation: 'create',
			slaPolicyName: 'Premium',
			slaPolicyAdditionalFields: { description: 'Premium customers', first_response_time_threshold: 600, only_during_business_hours: true },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/sla_policies', {
				name: 'Premium',
				description: 'Premium customers',
				first_response_time_threshold: 600,
				only_during_business_hours: true,
			}),
		]);
		expect(items.map((i) => i.json)).toEqual([
			{
				id: 1,
				name: 'Premium',
				description: 'Premium customers',
				first_response_time_threshold: 600,
				next_response_time_threshold: null,
				resolution_time_threshold: null,
				only_during_business_hours: true,
			},
		]);
	});

	test('Get Many, Get, Update, Delete', async () => {
		seedPolicy();
		const all = await run({ resource: 'slaPolicy', operation: 'getAll', slaPolicyReturnAll: true });
		const one = await run({ resource: 'slaPolicy', operation: 'get', slaPolicy: byId(1) });
		const updated = await run({
			resource: 'slaPolicy',
			operation: 'update',
			slaPolicy: byId(1),
			slaPolicyUpdateFields: { name: 'Gold', resolution_time_threshold: 43200 },
		});
		const deleted = await run({ resource: 'slaPolicy', operation: 'delete', slaPolicy: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/sla_policies'),
			expectedRequest('GET', '/api/v1/accounts/1/sla_policies/1'),
			expectedRequest('PATCH', '/api/v1/accounts/1/sla_policies/1', { name: 'Gold', resolution_time_threshold: 43200 }),
			expectedRequest('DELETE', '/api/v1/accounts/1/sla_policies/1'),
		]);
		expect(all.items.map((i) => i.json)).toEqual([POLICY]);
		expect(one.items.map((i) => i.json)).toEqual([POLICY]);
		expect(updated.items.map((i) => i.json)).toEqual([{ ...POLICY, name: 'Gold', resolution_time_threshold: 43200 }]);
		expect(deleted.items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.slaPolicies).toEqual([]);
	});

	test('bad input: a threshold that is not a whole number of seconds fails before any request', async () => {
		const { error, items } = await runNode({
			parameters: { resource: 'slaPolicy', operation: 'create', slaPolicyName: 'Premium', slaPolicyAdditionalFields: { first_response_time_threshold: 1.5 } },
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(error?.message).toMatch(/^First Response Within \(Seconds\): must be a whole number, got 1\.5/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('a server without the Enterprise code: 404 Not Found, explained as an Enterprise feature', async () => {
		ctx.fake.state.server.enterprise = false;
		const { error } = await runNode({
			parameters: { resource: 'slaPolicy', operation: 'getAll', slaPolicyReturnAll: true },
			credential: userCredential(ctx.fake),
		});
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
		expect(error?.message).toBe('Chatwoot: Not Found');
		expect(error?.description).toBe(
			'GET /api/v1/accounts/1/sla_policies is an Enterprise feature of Chatwoot: a server without the Enterprise code (the Community edition, or DISABLE_ENTERPRISE set) has no such route and answers 404.',
		);
	});
});

describe('Applied SLA', () => {
	const CREATED = new Date('2026-03-01T10:00:00Z');

	/** Conversations 1 and 2 of account 1 under the policy: the first missed, the second hit. */
	function seedAppliedSlas() {
		seedPolicy();
		const [first, second] = ctx.fake.state.conversations.filter((c) => c.account_id === 1);
		first.labels = ['vip'];
		ctx.fake.state.appliedSlas = [
			{
				id: 7,
				account_id: 1,
				sla_policy_id: 1,
				conversation_id: first.id,
				sla_status: 'missed',
				created_at: CREATED,
				sla_events: [{ id: 3, event_type: 'frt', meta: {}, created_at: 1772359200, updated_at: 1772359200 }],
			},
			{ id: 8, account_id: 1, sla_policy_id: 1, conversation_id: second.id, sla_status: 'hit', created_at: CREATED, sla_events: [] },
		];
		return first;
	}

	test('Get Many: the missed SLAs, filtered, 25 a page', async () => {
		const first = seedAppliedSlas();
		const { items } = await run({
			resource: 'appliedSla',
			operation: 'getAll',
			appliedSlaReturnAll: true,
			appliedSlaFilters: {
				since: '2026-03-01T00:00:00Z',
				until: '2026-03-02T00:00:00Z',
				sla_policy_id: byId(1),
				inbox_id: byId(first.inbox_id),
				label_list: 'vip',
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/applied_slas', undefined, {
				since: '1772323200',
				until: '1772409600',
				sla_policy_id: '1',
				inbox_id: String(first.inbox_id),
				label_list: 'vip',
				page: '1',
			}),
		]);
		expect(items.map((i) => i.json)).toEqual([
			{
				applied_sla: {
					id: 7,
					sla_id: 1,
					sla_status: 'missed',
					created_at: 1772359200,
					updated_at: 1772359200,
					sla_description: 'Premium customers',
					sla_name: 'Premium',
					sla_first_response_time_threshold: 600,
					sla_next_response_time_threshold: 1800,
					sla_only_during_business_hours: false,
					sla_resolution_time_threshold: 86400,
				},
				conversation: {
					id: first.display_id,
					contact: { name: ctx.fake.state.contacts.find((c) => c.id === first.contact_id)!.name },
					labels: 'vip',
					assignee: { id: 1, name: 'Alice Admin', available_name: 'Alice Admin', avatar_url: '', type: 'user', availability_status: 'online', thumbnail: '' },
				},
				sla_events: [{ id: 3, event_type: 'frt', meta: {}, created_at: 1772359200, updated_at: 1772359200 }],
			},
		]);
	});

	test('Get Metrics: totals and hit rate', async () => {
		seedAppliedSlas();
		const { items } = await run({ resource: 'appliedSla', operation: 'getMetrics', appliedSlaFilters: { sla_policy_id: byId(1) } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/applied_slas/metrics', undefined, { sla_policy_id: '1' }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ total_applied_slas: 2, number_of_sla_misses: 1, hit_rate: '50%' }]);
	});

	test('Download: the CSV as the binary property data', async () => {
		const first = seedAppliedSlas();
		const { items } = await run({ resource: 'appliedSla', operation: 'download', appliedSlaFilters: {} });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/applied_slas/download')]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({ file_name: 'breached_conversation.csv' });
		expect(items[0].binary?.data).toMatchObject({ fileName: 'breached_conversation.csv', mimeType: 'text/csv' });
		const csv = Buffer.from(items[0].binary!.data.data, 'base64').toString('utf8');
		expect(csv.split('\n')[0]).toBe('Conversation ID,SLA Policy,Assignee,Team,Inbox,Labels,Link to the Conversation,Breached Events');
		expect(csv.split('\n')[1]).toMatch(new RegExp(`^${first.display_id},Premium,`));
		expect(csv.trim().split('\n')).toHaveLength(2);
	});

	test('bad input: a label filter that is not text fails before any request', async () => {
		const { error } = await runNode({
			parameters: { resource: 'appliedSla', operation: 'getMetrics', appliedSlaFilters: { label_list: '={{ { a: 1 } }}' } },
			credential: userCredential(ctx.fake),
		});
		expect(error?.message).toMatch(/^Label: must be text/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('a server without the Enterprise code: 404 Not Found, explained, for the CSV too', async () => {
		ctx.fake.state.server.enterprise = false;
		const { error } = await runNode({
			parameters: { resource: 'appliedSla', operation: 'download', appliedSlaFilters: {} },
			credential: userCredential(ctx.fake),
		});
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
		expect(error?.message).toBe('Chatwoot: Not Found');
		expect(error?.description).toMatch(/^GET \/api\/v1\/accounts\/1\/applied_slas\/download is an Enterprise feature of Chatwoot/);
	});
});
