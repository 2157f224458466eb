/** Contact Note: notes agents keep on a contact (routes the spec leaves out), against the fake. */
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { runNode } from '../helpers/engine';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'contactNote' });

const NOTES = '/api/v1/accounts/1/contacts/1/notes';

/** The note as Chatwoot renders it (api/v1/models/_note.json.jbuilder), written by agent 1. */
const noteItem = (id: number, content: string) => ({
	id,
	content,
	account_id: 1,
	contact_id: 1,
	user: expect.objectContaining({ id: 1, email: 'alice@acme.test' }),
	created_at: expect.any(Number),
	updated_at: expect.any(Number),
});

async function addNote(content: string) {
	await run({ operation: 'create', contactNoteContact: byId(1), contactNoteContent: content });
	ctx.fake.requests.length = 0;
}

describe('Contact Note', () => {
	test('Create sends the content under note and answers the note', async () => {
		const { items } = await run({ operation: 'create', contactNoteContact: byId(1), contactNoteContent: 'Called about the renewal' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', NOTES, { note: { content: 'Called about the renewal' } })]);
		expect(items.map((i) => i.json)).toEqual([noteItem(1, 'Called about the renewal')]);
	});

	test('Get Many: one item per note, newest first; Limit cuts the list', async () => {
		await addNote('first');
		await addNote('second');
		const all = await run({ operation: 'getAll', contactNoteContact: byId(1), contactNoteReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', NOTES)]);
		expect(all.items.map((i) => i.json)).toEqual([noteItem(2, 'second'), noteItem(1, 'first')]);

		const limited = await run({ operation: 'getAll', contactNoteContact: byId(1), contactNoteReturnAll: false, contactNoteLimit: 1 });
		expect(limited.items.map((i) => i.json.id)).toEqual([2]);
	});

	test('Get', async () => {
		await addNote('first');
		const { items } = await run({ operation: 'get', contactNoteContact: byId(1), contactNoteId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${NOTES}/1`)]);
		expect(items.map((i) => i.json)).toEqual([noteItem(1, 'first')]);
	});

	test('Update sends the new content under note', async () => {
		await addNote('first');
		const { items } = await run({ operation: 'update', contactNoteContact: byId(1), contactNoteId: 1, contactNoteContent: 'corrected' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('PATCH', `${NOTES}/1`, { note: { content: 'corrected' } })]);
		expect(items.map((i) => i.json)).toEqual([noteItem(1, 'corrected')]);
	});

	test('Delete answers success', async () => {
		await addNote('first');
		const { items } = await run({ operation: 'delete', contactNoteContact: byId(1), contactNoteId: 1 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${NOTES}/1`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.contactNotes).toEqual([]);
	});

	test('a note of another contact: Chatwoot answers 404', async () => {
		await addNote('first');
		const { error } = await runNode({
			parameters: { resource: 'contactNote', operation: 'get', contactNoteContact: byId(2), contactNoteId: 1 },
			credential: userCredential(ctx.fake),
		});
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([404]);
		expect(error?.message).toBe('Chatwoot: Resource could not be found');
	});

	test.each([
		['a blank content', { operation: 'create', contactNoteContact: byId(1), contactNoteContent: '  ' }, /^Content: is required and cannot be empty/],
		['a note ID that is no number', { operation: 'get', contactNoteContact: byId(1), contactNoteId: '={{ "abc" }}' }, /^Note ID: must be a positive whole number, got "abc"/],
	])('%s fails before any request, naming the field', async (_what, parameters, message) => {
		const { error, items } = await runNode({ parameters: { resource: 'contactNote', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
