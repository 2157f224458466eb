/** Conversation: every operation through n8n-core's engine against the fake Chatwoot. */
import type { TestCredential } from '../helpers/engine';
import { botCredential, byId, byUrl, expectedRequest, jsonItems, runner, shownNow, summary, useFakeChatwoot, userCredential } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';
import { runNode } from '../helpers/engine';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'conversation' });

const BASE = '/api/v1/accounts/1/conversations';

/** Seeded conversations by display ID: 1 open (inbox 1, Alice, label billing), 2 open (inbox 2, unassigned), 3 resolved. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const conversation = (displayId: number): Record<string, any> => ctx.fake.state.conversations.find((c) => c.display_id === displayId)!;

/** Open conversations of contact 2 in inbox 2, added after the seed (display IDs 4, 5, ...). */
function seedConversations(count: number) {
	const base = conversation(2);
	const start = Date.now() - 3 * 24 * 60 * 60 * 1000; // older than the seeded ones
	for (let i = 1; i <= count; i++) {
		const time = new Date(start - i * 1000);
		ctx.fake.state.conversations.push({
			...base,
			id: 1000 + i,
			display_id: 3 + i,
			labels: [],
			custom_attributes: {},
			uuid: `uuid-${i}`,
			created_at: time,
			updated_at: time,
			last_activity_at: time,
		});
	}
}

describe('Conversation: one conversation', () => {
	test('Get, by a dashboard URL: the display ID from the address', async () => {
		const { items } = await run({ operation: 'get', conversation: byUrl(`${ctx.fake.url}/app/accounts/1/conversations/3?messageId=9`) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${BASE}/3`)]);
		expect(items[0].json).toMatchObject({ id: 3, status: 'resolved', meta: { sender: { name: 'Jane Customer' } } });
	});

	test('Create: source ID, related records as IDs and the first message', async () => {
		const { items } = await run({
			operation: 'create',
			sourceId: 'jane-api-source',
			conversationAdditionalFields: {
				assignee_id: byId(2),
				team_id: { __rl: true, mode: 'url', value: `${ctx.fake.url}/app/accounts/1/settings/teams/1/edit` },
				status: 'pending',
				custom_attributes: '{"order_id": "A-1001"}',
				message: 'We received your order.',
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', BASE, {
				source_id: 'jane-api-source',
				assignee_id: 2,
				team_id: 1,
				status: 'pending',
				custom_attributes: { order_id: 'A-1001' },
				message: { content: 'We received your order.' },
			}),
		]);
		expect(items[0].json).toMatchObject({ id: 4, inbox_id: 1, status: 'pending', custom_attributes: { order_id: 'A-1001' } });
		expect(items[0].json.messages).toEqual([expect.objectContaining({ content: 'We received your order.' })]);
	});

	test('Create: inbox and contact, a WhatsApp template, snoozed until a date', async () => {
		await run({
			operation: 'create',
			sourceId: 'john-new-source',
			conversationAdditionalFields: {
				inbox_id: byId(1),
				contact_id: byId(2),
				snoozed_until: '2030-01-31T09:00:00Z',
				message: 'Your order shipped',
				template_params: {
					template: { name: 'shipping_update', language: 'en', category: '', processed_params: '{"1": "John"}' },
				},
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', BASE, {
				source_id: 'john-new-source',
				inbox_id: 1,
				contact_id: 2,
				snoozed_until: '2030-01-31T09:00:00.000Z',
				message: {
					content: 'Your order shipped',
					template_params: { name: 'shipping_update', language: 'en', processed_params: { 1: 'John' } },
				},
			}),
		]);
	});

	test('Create without Source ID: Inbox and Contact suffice, Chatwoot makes the source ID', async () => {
		const { items } = await run({ operation: 'create', conversationAdditionalFields: { inbox_id: byId(1), contact_id: byId(2) } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', BASE, { inbox_id: 1, contact_id: 2 })]);
		expect(items[0].json).toMatchObject({ id: 4, inbox_id: 1, meta: { sender: { id: 2 } } });
		const made = ctx.fake.state.contactInboxes.find((ci) => ci.contact_id === 2 && ci.inbox_id === 1);
		expect(made?.source_id).toEqual(expect.any(String));
	});

	test('Update: only the priority', async () => {
		const { items } = await run({ operation: 'update', conversation: byId(2), conversationUpdateFields: { priority: 'urgent' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${BASE}/2`, { priority: 'urgent' })]);
		expect(items[0].json).toMatchObject({ id: 2, priority: 'urgent' });
	});

	test('Toggle Status: snoozed until a time, sent as Unix seconds', async () => {
		const { items } = await run({
			operation: 'toggleStatus',
			conversation: byId(1),
			status: 'snoozed',
			snoozeOptions: { snoozed_until: '2030-01-31T09:00:00Z' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/toggle_status`, { status: 'snoozed', snoozed_until: 1896080400 }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ success: true, current_status: 'snoozed', conversation_id: 1 }]);
	});

	test('Toggle Status: resolve', async () => {
		await run({ operation: 'toggleStatus', conversation: byId(1), status: 'resolved' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/1/toggle_status`, { status: 'resolved' })]);
		expect(conversation(1).status).toBe('resolved');
	});

	test('Toggle Priority', async () => {
		const { items } = await run({ operation: 'togglePriority', conversation: byId(1), priority: 'none' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/1/toggle_priority`, { priority: 'none' })]);
		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
		expect(conversation(1).priority).toBeNull();
	});

	test('Toggle Typing Status: on, for a private note', async () => {
		const { items } = await run({ operation: 'toggleTypingStatus', conversation: byId(1), conversationTypingStatus: 'on', conversationTypingOptions: { is_private: true } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/toggle_typing_status`, { typing_status: 'on', is_private: true }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
	});

	test('Assign: to an agent', async () => {
		const { items } = await run({ operation: 'assign', conversation: byId(2), conversationAgent: byId(2), conversationTeam: { __rl: true, mode: 'list', value: '' } });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/2/assignments`, { assignee_id: 2 })]);
		expect(items[0].json).toMatchObject({ id: 2, name: 'Bob Agent' });
		expect(conversation(2).assignee_id).toBe(2);
	});

	test('Assign: to an agent bot (assignee_type AgentBot, which the server reads beyond the spec)', async () => {
		const { items } = await run({ operation: 'assign', conversation: byId(1), conversationAgentBot: byId(2) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/1/assignments`, { assignee_id: 2, assignee_type: 'AgentBot' })]);
		expect(items[0].json).toMatchObject({ id: 2, name: 'Triage Bot' });
		expect(conversation(1)).toMatchObject({ assignee_id: null, assignee_agent_bot_id: 2 });
	});

	test('Assign: to a team', async () => {
		const { items } = await run({ operation: 'assign', conversation: byId(2), conversationTeam: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/2/assignments`, { team_id: 1 })]);
		expect(items[0].json).toMatchObject({ id: 1, name: 'support' });
	});

	test('Get Reporting Events: one item per event', async () => {
		const { items } = await run({ operation: 'getReportingEvents', conversation: byId(1), conversationReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${BASE}/1/reporting_events`)]);
		// no state in the fake for these: its answer is the spec's sample (a list of events)
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.json).toEqual(expect.objectContaining({ name: expect.any(String) }));
	});
});

describe('Conversation: labels and custom attributes', () => {
	test('List Labels', async () => {
		const { items } = await run({ operation: 'listLabels', conversation: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${BASE}/1/labels`)]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['billing'] }]);
	});

	test('Set Labels replaces the list', async () => {
		const { items } = await run({ operation: 'setLabels', conversation: byId(1), conversationLabels: ['vip', 'bug'] });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/1/labels`, { labels: ['vip', 'bug'] })]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['vip', 'bug'] }]);
	});

	test('Add Labels keeps the labels already there', async () => {
		const { items } = await run({ operation: 'addLabels', conversation: byId(1), conversationLabelsToAdd: ['vip'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${BASE}/1/labels`),
			expectedRequest('POST', `${BASE}/1/labels`, { labels: ['billing', 'vip'] }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['billing', 'vip'] }]);
	});

	test('Remove Labels keeps the others', async () => {
		conversation(1).labels = ['billing', 'vip', 'bug'];
		await run({ operation: 'removeLabels', conversation: byId(1), conversationLabelsToRemove: 'Billing' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${BASE}/1/labels`),
			expectedRequest('POST', `${BASE}/1/labels`, { labels: ['vip', 'bug'] }),
		]);
		expect(conversation(1).labels).toEqual(['vip', 'bug']);
	});

	test('Set Custom Attributes: the endpoint replaces the object, so the node writes all of them', async () => {
		conversation(1).custom_attributes = { order_id: 'A-1', channel: 'web' };
		const { items } = await run({ operation: 'setCustomAttributes', conversation: byId(1), conversationCustomAttributes: { order_id: 'A-2', refund: true } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${BASE}/1`),
			expectedRequest('POST', `${BASE}/1/custom_attributes`, { custom_attributes: { order_id: 'A-2', channel: 'web', refund: true } }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ custom_attributes: { order_id: 'A-2', channel: 'web', refund: true } }]);
	});

	test('Set Custom Attributes with Replace All Attributes: no read, exactly the given object', async () => {
		conversation(1).custom_attributes = { order_id: 'A-1', channel: 'web' };
		await run({ operation: 'setCustomAttributes', conversation: byId(1), conversationCustomAttributes: '{"order_id": "A-3"}', conversationCustomAttributeOptions: { replace: true } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/custom_attributes`, { custom_attributes: { order_id: 'A-3' } }),
		]);
		expect(conversation(1).custom_attributes).toEqual({ order_id: 'A-3' });
	});

	test('Delete Custom Attributes: the named keys go, the others are written back', async () => {
		conversation(1).custom_attributes = { order_id: 'A-1', channel: 'web', refund: true };
		await run({ operation: 'deleteCustomAttributes', conversation: byId(1), conversationAttributeKeys: 'order_id,refund' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${BASE}/1`),
			expectedRequest('POST', `${BASE}/1/custom_attributes`, { custom_attributes: { channel: 'web' } }),
		]);
		expect(conversation(1).custom_attributes).toEqual({ channel: 'web' });
	});
});

describe('Conversation: lists', () => {
	test('Get Many: open conversations by default (nothing sent but the page)', async () => {
		const { items } = await run({ operation: 'getAll', conversationReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', BASE, undefined, { page: '1' })]);
		expect(items.map((item) => item.json.id)).toEqual([1, 2]);
	});

	test('Get Many: every filter, labels as labels[]', async () => {
		const { items } = await run({
			operation: 'getAll',
			conversationLimit: 10,
			conversationFilters: {
				status: 'all',
				assignee_type: 'assigned',
				inbox_id: byId(1),
				team_id: { __rl: true, mode: 'list', value: '' },
				labels: ['billing', 'vip'],
				q: 'charged',
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', BASE, undefined, {
				assignee_type: 'assigned',
				status: 'all',
				q: 'charged',
				inbox_id: '1',
				'labels[]': ['billing', 'vip'],
				page: '1',
			}),
		]);
		expect(items.map((item) => item.json.id)).toEqual([1]);
	});

	// Get Many and Filter page alike: 25 conversations a page, `page` counted from 1.
	const openFilter = { condition: [{ attribute_key: 'status', filter_operator: 'equal_to', values: 'open' }] };
	test.each<[string, Record<string, unknown>, string]>([
		['Get Many', { operation: 'getAll' }, `GET ${BASE}`],
		['Filter', { operation: 'filter', conversationConditions: openFilter }, `POST ${BASE}/filter`],
	])('%s: 5 pages of 25 for a Limit of 110 (the last page cut), Return All until a short page', async (_name, parameters, route) => {
		seedConversations(130);
		const limited = await run({ ...parameters, conversationLimit: 110 });
		expect(ctx.fake.requests.map((r) => [`${r.method} ${r.path}`, r.query])).toEqual(
			[1, 2, 3, 4, 5].map((page) => [route, { page: String(page) }]),
		);
		expect(limited.items).toHaveLength(110);
		expect(new Set(limited.items.map((item) => item.json.id)).size).toBe(110);

		ctx.fake.requests.length = 0;
		const all = await run({ ...parameters, conversationReturnAll: true });
		// 132 open conversations: pages of 25 x 5, then 7
		expect(ctx.fake.requests.map((r) => r.query.page)).toEqual(['1', '2', '3', '4', '5', '6']);
		expect(all.items).toHaveLength(132);
		expect(all.items.every((item) => item.json.status === 'open')).toBe(true);
	});

	test('Get Counts: the counts as one item', async () => {
		const { items } = await run({ operation: 'getCounts', conversationCountFilters: { status: 'all', labels: 'billing' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${BASE}/meta`, undefined, { status: 'all', 'labels[]': 'billing' }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ mine_count: 1, assigned_count: 1, unassigned_count: 0, all_count: 1 }]);
	});

	test('Filter: conditions as the payload, paged by 25', async () => {
		seedConversations(30);
		const { items } = await run({
			operation: 'filter',
			conversationLimit: 28,
			conversationConditions: { condition: [{ attribute_key: 'status', filter_operator: 'equal_to', values: 'open', query_operator: 'AND' }] },
		});
		const body = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'] }] };
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/filter`, body, { page: '1' }),
			expectedRequest('POST', `${BASE}/filter`, body, { page: '2' }),
		]);
		expect(items).toHaveLength(28);
	});
});

describe('Conversation: bad input fails before any request, naming the field', () => {
	test.each<[string, Record<string, unknown>, RegExp]>([
		['conversation ID not a number', { operation: 'get', conversation: byId('={{ $json.id }}') }, /^Conversation: must be a positive whole number, got "abc"/],
		['assign to nobody', { operation: 'assign', conversation: byId(1) }, /^Agent: pick an agent or an agent bot, a team, or both/],
		['status not offered', { operation: 'toggleStatus', conversation: byId(1), status: '={{ "closed" }}' }, /^Status: must be one of open, resolved, pending, snoozed/],
		['snooze until no date', { operation: 'toggleStatus', conversation: byId(1), status: 'snoozed', snoozeOptions: { snoozed_until: 'next week' } }, /^Snoozed Until: must be a real date and time/],
		// a raw RangeError ("Invalid time value") before; and 2030-02-30 was sent as March 2
		['snoozed until out of range', { operation: 'create', sourceId: 's', conversationAdditionalFields: { snoozed_until: '={{ 1e20 }}' } }, /^Snoozed Until: must be between 1970 and the end of 9999, got 100000000000000000000$/],
		['snoozed until an impossible date', { operation: 'create', sourceId: 's', conversationAdditionalFields: { snoozed_until: '2030-02-30T09:00:00Z' } }, /^Snoozed Until: must be a real date and time, got "2030-02-30T09:00:00Z"$/],
		['custom attributes not an object', { operation: 'setCustomAttributes', conversation: byId(1), conversationCustomAttributes: '"A-1"' }, /^Custom Attributes: must be a JSON object, got a string/],
		['filter value missing', { operation: 'filter', conversationConditions: { condition: [{ attribute_key: 'status', filter_operator: 'equal_to', values: '' }] } }, /^Conditions 1: Values/],
		['template without message', { operation: 'create', sourceId: 's', conversationAdditionalFields: { template_params: { template: { name: 'x' } } } }, /^Message: is required when a message template is set/],
		['an agent and an agent bot', { operation: 'assign', conversation: byId(1), conversationAgent: byId(2), conversationAgentBot: byId(1) }, /^Agent Bot: pick an agent or an agent bot, not both/],
		['no source ID', { operation: 'create', sourceId: '={{ "" }}' }, /^Source ID: is required unless Inbox and Contact are both set/],
		['no source ID and only an inbox', { operation: 'create', conversationAdditionalFields: { inbox_id: byId(1) } }, /^Source ID: is required unless Inbox and Contact are both set/],
		['remove no labels', { operation: 'removeLabels', conversation: byId(1), conversationLabelsToRemove: '={{ "" }}' }, /^Labels: name at least one label to remove/],
	])('%s', async (_name, parameters, message) => {
		const error = await run.failure(parameters, jsonItems({ id: 'abc' }));
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('404 names the conversation', async () => {
		const error = await run.failure({ operation: 'get', conversation: byId(99) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${BASE}/99`, undefined, {}, 404)]);
		expect(error.httpCode).toBe('404');
		expect(error.description).toContain('Conversation 99');
	});
});

describe('Conversation: searchable list', () => {
	test('getConversations: "#id contact: last message", every status, dashboard address', async () => {
		const found = await searchList('getConversations', userCredential(ctx.fake));
		expect(found.results).toEqual([
			{ name: '#1 Jane Customer: Checked the invoices', value: 1, url: `${ctx.fake.url}/app/accounts/1/conversations/1` },
			{ name: '#2 John Doe: Do you ship to Canada?', value: 2, url: `${ctx.fake.url}/app/accounts/1/conversations/2` },
			{ name: '#3 Jane Customer: Sorry! It ships today.', value: 3, url: `${ctx.fake.url}/app/accounts/1/conversations/3` },
		]);
		expect(found.paginationToken).toBeUndefined();
		expect(ctx.fake.requests.map((r) => [r.path, r.query])).toEqual([[BASE, { status: 'all', assignee_type: 'all', page: '1' }]]);
	});

	test('getConversations: filtered by the typed text, with a next page when full', async () => {
		seedConversations(30);
		const found = await searchList('getConversations', userCredential(ctx.fake), { filter: 'canada' });
		expect(found.results.map((r) => r.value)).toEqual([2]);
		expect(found.paginationToken).toBe('2');
	});
});

/**
 * Conversation > Hand Off to Human: open, team, agent, private note, labels, then the
 * conversation as the output item with `handoff` saying what was done. The requests exactly as
 * Chatwoot's controllers take them, with a user token, an agent's token and an Agent Bot token.
 */
const handOff = runner(ctx, { resource: 'conversation', operation: 'handOff' });

const NOTE = 'Asks for a refund of order A-1001; the bot could not help.';

const noteRequest = (displayId: number) =>
	expectedRequest('POST', `${BASE}/${displayId}/messages`, { content: NOTE, message_type: 'outgoing', private: true });

/** The requests of a hand-off with team 1, agent 2, the note and labels written as `labels`. */
const everyStep = (displayId: number, labels: string[]) => [
	expectedRequest('POST', `${BASE}/${displayId}/toggle_status`, { status: 'open' }),
	expectedRequest('POST', `${BASE}/${displayId}/assignments`, { team_id: 1 }),
	expectedRequest('POST', `${BASE}/${displayId}/assignments`, { assignee_id: 2 }),
	noteRequest(displayId),
	expectedRequest('GET', `${BASE}/${displayId}/labels`),
	expectedRequest('POST', `${BASE}/${displayId}/labels`, { labels }),
	expectedRequest('GET', `${BASE}/${displayId}`),
];

describe('Conversation > Hand Off to Human', () => {
	test('every part, user token: open, team, agent, note, labels, then the conversation', async () => {
		conversation(2).status = 'pending';
		const { items } = await handOff({
			conversation: byId(2),
			handOffAgent: byId(2),
			handOffTeam: byId(1),
			handOffNote: NOTE,
			handOffLabels: ['vip'],
		});
		expect(ctx.fake.requests.map(summary)).toEqual(everyStep(2, ['vip']));
		const note = ctx.fake.state.messages.at(-1)!;
		expect(note).toMatchObject({ content: NOTE, private: true, sender_type: 'User', sender_id: 1 });
		expect(items.map((item) => item.json)).toEqual([
			{ ...(await shownNow(ctx.fake, `${BASE}/2`)), handoff: { status: 'open', team_id: 1, assignee_id: 2, note_id: note.id, labels: ['vip'] } },
		]);
		expect(conversation(2)).toMatchObject({ status: 'open', team_id: 1, assignee_id: 2, labels: ['vip'] });
	});

	test('nothing but the conversation: it is opened and read, nothing else is sent', async () => {
		conversation(2).status = 'pending';
		const { items } = await handOff({ conversation: byId(2), handOffNote: '  ', handOffLabels: [] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/2/toggle_status`, { status: 'open' }),
			expectedRequest('GET', `${BASE}/2`),
		]);
		expect(items.map((item) => item.json)).toEqual([
			{ ...(await shownNow(ctx.fake, `${BASE}/2`)), handoff: { status: 'open', team_id: null, assignee_id: null, note_id: null, labels: null } },
		]);
	});

	test.each<[string, Record<string, unknown>, (id: number) => ReturnType<typeof expectedRequest>[], Record<string, unknown>]>([
		['only a team', { handOffTeam: byId(1) }, (id) => [expectedRequest('POST', `${BASE}/${id}/assignments`, { team_id: 1 })], { team_id: 1 }],
		['only an agent', { handOffAgent: byId(1) }, (id) => [expectedRequest('POST', `${BASE}/${id}/assignments`, { assignee_id: 1 })], { assignee_id: 1 }],
		['only a note', { handOffNote: NOTE }, (id) => [noteRequest(id)], {}],
		[
			'only labels: the ones there are kept',
			{ handOffLabels: 'Urgent, billing' },
			(id) => [expectedRequest('GET', `${BASE}/${id}/labels`), expectedRequest('POST', `${BASE}/${id}/labels`, { labels: ['billing', 'urgent'] })],
			{ labels: ['billing', 'urgent'] },
		],
	])('%s', async (_name, parameters, steps, done) => {
		const { items } = await handOff({ conversation: byId(1), ...parameters });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/toggle_status`, { status: 'open' }),
			...steps(1),
			expectedRequest('GET', `${BASE}/1`),
		]);
		const noteId = 'handOffNote' in parameters ? ctx.fake.state.messages.at(-1)!.id : null;
		expect(items[0].json.handoff).toEqual({ status: 'open', team_id: null, assignee_id: null, note_id: noteId, labels: null, ...done });
	});

	test("an agent's own token: the chosen agent keeps the conversation (Chatwoot gives it to an agent who opens it)", async () => {
		conversation(1).assignee_id = null;
		const bob: TestCredential = { ...userCredential(ctx.fake), accessToken: 'agent-token' };
		const { items } = await handOff({ conversation: byId(1), handOffAgent: byId(1) }, undefined, { credential: bob });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/toggle_status`, { status: 'open' }),
			expectedRequest('POST', `${BASE}/1/assignments`, { assignee_id: 1 }),
			expectedRequest('GET', `${BASE}/1`),
		]);
		expect(conversation(1).assignee_id).toBe(1);
		expect(items[0].json).toMatchObject({ meta: { assignee: { id: 1 } }, handoff: { assignee_id: 1 } });
	});

	test('Agent Bot token: every part goes through, the note is the bot\'s', async () => {
		conversation(1).status = 'pending';
		const { items } = await handOff(
			{ conversation: byId(1), handOffTeam: byId(1), handOffAgent: byId(2), handOffNote: NOTE, handOffLabels: ['vip'] },
			undefined,
			{ credential: botCredential(ctx.fake) },
		);
		expect(ctx.fake.requests.map(summary)).toEqual(everyStep(1, ['billing', 'vip']));
		const note = ctx.fake.state.messages.at(-1)!;
		expect(note).toMatchObject({ private: true, sender_type: 'AgentBot', sender_id: 1 });
		expect(items.map((item) => item.json)).toEqual([
			{ ...(await shownNow(ctx.fake, `${BASE}/1`)), handoff: { status: 'open', team_id: 1, assignee_id: 2, note_id: note.id, labels: ['billing', 'vip'] } },
		]);
	});
});

describe('Conversation > Hand Off to Human: a failing step is named, with what was and was not done', () => {
	test('a team Chatwoot does not know: it clears the team and answers null', async () => {
		const error = await handOff.failure({ conversation: byId(1), handOffTeam: byId(99), handOffAgent: byId(2), handOffNote: NOTE });
		expect(error.message).toBe(
			'Hand Off to Human: assigning team 99 failed: Chatwoot found no team 99 in this account, and now the conversation has no team',
		);
		expect(error.description).toBe(
			'Already done: conversation opened. Not done: assigning team 99; assigning agent 2; adding the private note; reading the conversation after the hand-off.',
		);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/toggle_status`, { status: 'open' }),
			expectedRequest('POST', `${BASE}/1/assignments`, { team_id: 99 }),
		]);
	});

	test("Chatwoot refuses the note: its own words, the steps before it done", async () => {
		ctx.fake.setFault({ status: 422, body: { error: 'Conversation is locked' }, match: { method: 'POST', path: `${BASE}/1/messages` } });
		const error = await handOff.failure({ conversation: byId(1), handOffAgent: byId(2), handOffNote: NOTE, handOffLabels: ['vip'] });
		expect(error.message).toBe('Hand Off to Human: adding the private note failed: Conversation is locked');
		// (Chatwoot's hint for the status, where there is one, follows)
		expect(error.description).toMatch(
			/^Already done: conversation opened; agent 2 assigned\. Not done: adding the private note; adding the labels; reading the conversation after the hand-off\.($| )/,
		);
		expect(error.httpCode).toBe('422');
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/toggle_status`, { status: 'open' }),
			expectedRequest('POST', `${BASE}/1/assignments`, { assignee_id: 2 }),
			// the fault answers before the fake reads the body
			expectedRequest('POST', `${BASE}/1/messages`, undefined, {}, 422),
		]);
	});

	test('a conversation that is not there: nothing was done', async () => {
		const error = await handOff.failure({ conversation: byId(99), handOffAgent: byId(2) });
		expect(error.message).toBe('Hand Off to Human: opening the conversation failed: Resource could not be found');
		expect(error.description).toMatch(
			/^Already done: nothing\. Not done: opening the conversation; assigning agent 2; reading the conversation after the hand-off\. Nothing found for .*Conversation 99/,
		);
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/99/toggle_status`, { status: 'open' }, {}, 404)]);
	});

	test('bad input fails before any request, naming the field', async () => {
		const error = await handOff.failure({ conversation: byId(1), handOffTeam: byId(1), handOffAgent: byId('={{ "abc" }}') });
		expect(error.message).toMatch(/^Agent: must be a positive whole number, got "abc"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});

type Row = Record<string, any>;
const state = () => ctx.fake.state as unknown as Record<string, any>;

/** What a run without error, a request refused before sending, looks like. */
async function refused(parameters: Record<string, unknown>) {
	const { error, items } = await runNode({ parameters: { resource: 'conversation', ...parameters } as never, credential: userCredential(ctx.fake) });
	expect(items).toEqual([]);
	expect(ctx.fake.requests).toHaveLength(0);
	return error?.message;
}

describe('Conversation actions', () => {
	test('Delete (administrators only)', async () => {
		const { items } = await run({ operation: 'delete', conversation: byId(2) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${BASE}/2`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.conversations.map((c) => c.display_id)).toEqual([1, 3]);
	});

	test('Mute resolves the conversation; Unmute', async () => {
		const muted = await run({ operation: 'mute', conversation: byId(1) });
		const unmuted = await run({ operation: 'unmute', conversation: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/1/mute`), expectedRequest('POST', `${BASE}/1/unmute`)]);
		expect([...muted.items, ...unmuted.items].map((i) => i.json)).toEqual([{ success: true }, { success: true }]);
		expect([conversation(1).status, conversation(1).muted]).toEqual(['resolved', false]);
	});

	test('Send Transcript emails the conversation', async () => {
		const { items } = await run({ operation: 'sendTranscript', conversation: byId(3), transcriptEmail: ' boss@acme.test ' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/3/transcript`, { email: 'boss@acme.test' })]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(state().transcripts).toEqual([{ conversation_id: 3, email: 'boss@acme.test' }]);
	});

	test('Send Transcript refuses an address that is not one, before any request', async () => {
		expect(await refused({ operation: 'sendTranscript', conversation: byId(3), transcriptEmail: 'boss at acme' })).toMatch(/^Email: /);
	});

	test('Update Last Seen outputs the conversation, now read; Mark Unread makes it unread again', async () => {
		const seen = await run({ operation: 'updateLastSeen', conversation: byId(1) });
		expect(seen.items.map((i) => [i.json.id, i.json.unread_count])).toEqual([[1, 0]]);
		const unseen = await run({ operation: 'markUnread', conversation: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/update_last_seen`),
			{ ...expectedRequest('POST', `${BASE}/1/unread`), status: 204 },
		]);
		expect(unseen.items.map((i) => i.json)).toEqual([{ success: true }]);
		const latestIncoming = ctx.fake.state.messages.filter((m) => m.conversation_id === conversation(1).id && m.message_type === 'incoming').pop()!;
		expect(conversation(1).agent_last_seen_at.getTime()).toBe(latestIncoming.created_at.getTime() - 1000);
	});

	test('Get Attachments: one item per file, pages of 100; Limit', async () => {
		const c = conversation(1);
		const message = ctx.fake.state.messages.find((m) => m.conversation_id === c.id)!;
		for (let i = 1; i <= 101; i++) {
			state().attachments.push({ id: i, account_id: 1, message_id: message.id, file_type: 'file', extension: 'txt', filename: `f${i}.txt`, data: Buffer.from('x'), key: `k${i}`, path: `/rails/active_storage/blobs/redirect/k${i}/f${i}.txt`, created_at: new Date(Date.now() - i * 1000) });
		}
		const all = await run({ operation: 'getAttachments', conversation: byId(1), conversationReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${BASE}/1/attachments`, undefined, { page: '1' }),
			expectedRequest('GET', `${BASE}/1/attachments`, undefined, { page: '2' }),
		]);
		expect(all.items).toHaveLength(101);
		expect(all.items[0].json).toEqual({
			id: 1, message_id: message.id, file_type: 'file', account_id: 1, extension: 'txt',
			data_url: `${ctx.fake.url}/rails/active_storage/blobs/redirect/k1/f1.txt`, thumb_url: '', file_size: 1, width: null, height: null,
		});
		const limited = await run({ operation: 'getAttachments', conversation: byId(1), conversationReturnAll: false, conversationLimit: 2 });
		expect(limited.items.map((i) => i.json.id)).toEqual([1, 2]);
	});

	test("Get Unread Counts: the token user's unread conversations", async () => {
		const { items } = await run({ operation: 'getUnreadCounts' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${BASE}/unread_counts`)]);
		expect(items.map((i) => i.json)).toEqual([
			{ by_inbox: { 1: 1, 2: 1 }, by_label: { billing: 1 }, by_status: { all: 2, mine: 1, unassigned: 1 }, total: 2 },
		]);
	});
});

describe('Conversation participants', () => {
	test('Add Participants: one item per agent added', async () => {
		const { items } = await run({ operation: 'addParticipants', conversation: byId(1), conversationAgentIdsToAdd: '2, 1' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${BASE}/1/participants`, { user_ids: [2, 1] })]);
		expect(items.map((i) => [i.json.id, i.json.email])).toEqual([[2, 'bob@acme.test'], [1, 'alice@acme.test']]);
	});

	test('Get Participants: one item per participant; Limit', async () => {
		state().conversationParticipants = [{ conversation_id: conversation(1).id, user_id: 1 }, { conversation_id: conversation(1).id, user_id: 2 }];
		const all = await run({ operation: 'getParticipants', conversation: byId(1), conversationReturnAll: true });
		const limited = await run({ operation: 'getParticipants', conversation: byId(1), conversationReturnAll: false, conversationLimit: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${BASE}/1/participants`), expectedRequest('GET', `${BASE}/1/participants`)]);
		expect(all.items.map((i) => i.json.id)).toEqual([1, 2]);
		expect(limited.items.map((i) => i.json.id)).toEqual([1]);
	});

	test('Set Participants replaces them, IDs from an expression array', async () => {
		state().conversationParticipants = [{ conversation_id: conversation(1).id, user_id: 1 }];
		const { items, error } = await runNode({
			parameters: { resource: 'conversation', operation: 'setParticipants', conversation: byId(1), conversationAgentIds: '={{ $json.ids }}' },
			credential: userCredential(ctx.fake),
			items: [{ ids: [2] }],
		});
		expect(error).toBeUndefined();
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${BASE}/1/participants`, { user_ids: [2] })]);
		expect(items.map((i) => i.json.id)).toEqual([2]);
	});

	test('Remove Participants', async () => {
		state().conversationParticipants = [{ conversation_id: conversation(1).id, user_id: 1 }, { conversation_id: conversation(1).id, user_id: 2 }];
		const { items } = await run({ operation: 'removeParticipants', conversation: byId(1), conversationAgentIdsToRemove: '1' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${BASE}/1/participants`, { user_ids: [1] })]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(state().conversationParticipants.map((p: Row) => p.user_id)).toEqual([2]);
	});

	test('Agent IDs that are not numbers are refused before any request', async () => {
		expect(await refused({ operation: 'addParticipants', conversation: byId(1), conversationAgentIdsToAdd: 'bob' })).toMatch(/^Agent IDs: must be a positive whole number, got "bob"/);
	});
});

describe('Conversation drafts', () => {
	test('Save Draft, Get Draft, Delete Draft', async () => {
		const saved = await run({ operation: 'saveDraft', conversation: byId(2), draftMessage: 'We ship to Canada, yes.' });
		const got = await run({ operation: 'getDraft', conversation: byId(2) });
		const deleted = await run({ operation: 'deleteDraft', conversation: byId(2) });
		const none = await run({ operation: 'getDraft', conversation: byId(2) });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `${BASE}/2/draft_messages`, { draft_message: { message: 'We ship to Canada, yes.' } }),
			expectedRequest('GET', `${BASE}/2/draft_messages`),
			expectedRequest('DELETE', `${BASE}/2/draft_messages`),
			expectedRequest('GET', `${BASE}/2/draft_messages`),
		]);
		expect([saved, got, deleted, none].map((r) => r.items.map((i) => i.json))).toEqual([
			[{ success: true }],
			[{ has_draft: true, message: 'We ship to Canada, yes.' }],
			[{ success: true }],
			[{ has_draft: false }],
		]);
	});

	test('Save Draft refuses an empty draft before any request', async () => {
		expect(await refused({ operation: 'saveDraft', conversation: byId(2), draftMessage: '  ' })).toMatch(/^Draft: /);
	});
});

describe('Conversation > Bulk Update', () => {
	test('sends the type, the IDs, fields and labels as Chatwoot nests them', async () => {
		const { items } = await run({
			operation: 'bulkUpdate',
			conversationIds: '1, 2',
			conversationBulkUpdateFields: {
				status: 'pending',
				assignee_id: byId(2),
				team_id: byId(1),
				labelsToAdd: ['vip'],
				labelsToRemove: ['billing'],
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/bulk_actions', {
				type: 'Conversation',
				ids: [1, 2],
				fields: { status: 'pending', assignee_id: 2, team_id: 1 },
				labels: { add: ['vip'], remove: ['billing'] },
			}),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect([1, 2].map((id) => [conversation(id).status, conversation(id).assignee_id, conversation(id).labels])).toEqual([
			['pending', 2, ['vip']],
			['pending', 2, ['vip']],
		]);
	});

	test('snoozes until a time, sent as Unix seconds', async () => {
		await run({ operation: 'bulkUpdate', conversationIds: '2', conversationBulkUpdateFields: { status: 'snoozed', snoozed_until: '2030-01-01T00:00:00Z' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/bulk_actions', { type: 'Conversation', ids: [2], fields: { status: 'snoozed' }, snoozed_until: 1893456000 }),
		]);
	});

	test('an agent Chatwoot does not know: its own error', async () => {
		const { error } = await runNode({
			parameters: { resource: 'conversation', operation: 'bulkUpdate', conversationIds: '1', conversationBulkUpdateFields: { assignee_id: byId(99) } },
			credential: userCredential(ctx.fake),
		});
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([422]);
		expect(error?.message).toContain('Invalid assignee_id');
	});

	test.each([
		[{ conversationIds: '1', conversationBulkUpdateFields: {} }, /^Update Fields: add at least one field to update/],
		[{ conversationIds: '1, x', conversationBulkUpdateFields: { status: 'open' } }, /^Conversation IDs: must be a positive whole number, got "x"/],
		[{ conversationIds: ' , ', conversationBulkUpdateFields: { status: 'open' } }, /^Conversation IDs: name at least one conversation ID/],
	])('bad input is refused before any request: %j', async (parameters, message) => {
		expect(await refused({ operation: 'bulkUpdate', ...parameters })).toMatch(message);
	});
});
