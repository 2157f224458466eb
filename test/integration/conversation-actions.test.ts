/**
 * Conversation routes the spec leaves out (delete, mute, transcript, read state, attachments,
 * unread counts, participants, drafts, bulk update), through n8n-core's engine against the fake.
 */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'conversation' });

const BASE = '/api/v1/accounts/1/conversations';

type Row = Record<string, any>;
const state = () => ctx.fake.state as unknown as Record<string, any>;
/** Seeded conversations by display ID: 1 open (billing, agent 1, inbox 1), 2 open (inbox 2), 3 resolved (agent 2, inbox 1). */
const conversation = (displayId: number): Row => ctx.fake.state.conversations.find((c) => c.display_id === displayId)!;

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
