/**
 * Conversation > Hand Off to Human: open, team, agent, private note, labels, then the
 * conversation as the output item with `handoff` saying what was done. The requests exactly as
 * Chatwoot's controllers take them, with a user token, an agent's token and an Agent Bot token.
 */
import type { TestCredential } from '../helpers/engine';
import { runNode } from '../helpers/engine';
import { botCredential, byId, expectAllAccepted, expectedRequest, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const BASE = '/api/v1/accounts/1/conversations';
const NOTE = 'Asks for a refund of order A-1001; the bot could not help.';

/** Seeded conversations by display ID: 1 (inbox 1, open, Alice, label billing), 2 (inbox 2, open, unassigned). */
const conversation = (displayId: number) => ctx.fake.state.conversations.find((c) => c.display_id === displayId)!;

async function handOff(parameters: Record<string, unknown>, credential: TestCredential = userCredential(ctx.fake)) {
	return await runNode({
		parameters: { resource: 'conversation', operation: 'handOff', ...parameters } as never,
		credential,
	});
}

/** The conversation as Chatwoot shows it now (read after the node's requests were checked). */
async function shownNow(displayId: number) {
	const answer = await fetch(`${ctx.fake.url}${BASE}/${displayId}`, { headers: { 'api-access-token': 'user-secret-91bc' } });
	return (await answer.json()) as Record<string, unknown>;
}

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

describe('Hand Off to Human', () => {
	test('every part, user token: open, team, agent, note, labels, then the conversation', async () => {
		conversation(2).status = 'pending';
		const { error, items } = await handOff({
			conversation: byId(2),
			handOffAgent: byId(2),
			handOffTeam: byId(1),
			handOffNote: NOTE,
			handOffLabels: ['vip'],
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual(everyStep(2, ['vip']));
		const note = ctx.fake.state.messages.at(-1)!;
		expect(note).toMatchObject({ content: NOTE, private: true, sender_type: 'User', sender_id: 1 });
		expect(items.map((item) => item.json)).toEqual([
			{ ...(await shownNow(2)), handoff: { status: 'open', team_id: 1, assignee_id: 2, note_id: note.id, labels: ['vip'] } },
		]);
		expect(conversation(2)).toMatchObject({ status: 'open', team_id: 1, assignee_id: 2, labels: ['vip'] });
	});

	test('nothing but the conversation: it is opened and read, nothing else is sent', async () => {
		conversation(2).status = 'pending';
		const { error, items } = await handOff({ conversation: byId(2), handOffNote: '  ', handOffLabels: [] });
		expect(error).toBeUndefined();
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/2/toggle_status`, { status: 'open' }),
			expectedRequest('GET', `${BASE}/2`),
		]);
		expect(items.map((item) => item.json)).toEqual([
			{ ...(await shownNow(2)), handoff: { status: 'open', team_id: null, assignee_id: null, note_id: null, labels: null } },
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
		const { error, items } = await handOff({ conversation: byId(1), ...parameters });
		expect(error).toBeUndefined();
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
		const { error, items } = await handOff({ conversation: byId(1), handOffAgent: byId(1) }, bob);
		expect(error).toBeUndefined();
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
		const { error, items } = await handOff(
			{ conversation: byId(1), handOffTeam: byId(1), handOffAgent: byId(2), handOffNote: NOTE, handOffLabels: ['vip'] },
			botCredential(ctx.fake),
		);
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual(everyStep(1, ['billing', 'vip']));
		const note = ctx.fake.state.messages.at(-1)!;
		expect(note).toMatchObject({ private: true, sender_type: 'AgentBot', sender_id: 1 });
		expect(items.map((item) => item.json)).toEqual([
			{ ...(await shownNow(1)), handoff: { status: 'open', team_id: 1, assignee_id: 2, note_id: note.id, labels: ['billing', 'vip'] } },
		]);
	});
});

describe('Hand Off to Human: a failing step is named, with what was and was not done', () => {
	test('a team Chatwoot does not know: it clears the team and answers null', async () => {
		const { error, items } = await handOff({ conversation: byId(1), handOffTeam: byId(99), handOffAgent: byId(2), handOffNote: NOTE });
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'Hand Off to Human: assigning team 99 failed: Chatwoot found no team 99 in this account, and now the conversation has no team',
		);
		expect(error?.description).toBe(
			'Already done: conversation opened. Not done: assigning team 99; assigning agent 2; adding the private note; reading the conversation after the hand-off.',
		);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${BASE}/1/toggle_status`, { status: 'open' }),
			expectedRequest('POST', `${BASE}/1/assignments`, { team_id: 99 }),
		]);
	});

	test("Chatwoot refuses the note: its own words, the steps before it done", async () => {
		ctx.fake.setFault({ status: 422, body: { error: 'Conversation is locked' }, match: { method: 'POST', path: `${BASE}/1/messages` } });
		const { error } = await handOff({ conversation: byId(1), handOffAgent: byId(2), handOffNote: NOTE, handOffLabels: ['vip'] });
		expect(error?.message).toBe('Hand Off to Human: adding the private note failed: Conversation is locked');
		// (Chatwoot's hint for the status, where there is one, follows)
		expect(error?.description).toMatch(
			/^Already done: conversation opened; agent 2 assigned\. Not done: adding the private note; adding the labels; reading the conversation after the hand-off\.($| )/,
		);
		expect(error?.httpCode).toBe('422');
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			`POST ${BASE}/1/toggle_status 200`,
			`POST ${BASE}/1/assignments 200`,
			`POST ${BASE}/1/messages 422`,
		]);
	});

	test('a conversation that is not there: nothing was done', async () => {
		const { error } = await handOff({ conversation: byId(99), handOffAgent: byId(2) });
		expect(error?.message).toBe('Hand Off to Human: opening the conversation failed: Resource could not be found');
		expect(error?.description).toMatch(
			/^Already done: nothing\. Not done: opening the conversation; assigning agent 2; reading the conversation after the hand-off\. Nothing found for .*Conversation 99/,
		);
		expect(ctx.fake.requests).toHaveLength(1);
	});

	test('bad input fails before any request, naming the field', async () => {
		const { error } = await handOff({ conversation: byId(1), handOffTeam: byId(1), handOffAgent: byId('={{ "abc" }}') });
		expect(error?.message).toMatch(/^Agent: must be a positive whole number, got "abc"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
