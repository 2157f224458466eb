/** Client API: Inbox, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { expectAllAccepted, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

describe('Client API: Inbox > Get', () => {
	test('gets the public details of the API inbox by its identifier', async () => {
		const { items, error } = await runNode({
			parameters: { resource: 'clientInbox', operation: 'get', inboxIdentifier: ' acme-api-inbox ' } as never,
			credential: userCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'GET', path: '/public/api/v1/inboxes/acme-api-inbox', query: {}, body: undefined, status: 200, rejected: undefined },
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ identifier: 'acme-api-inbox', name: 'Acme Support', timezone: 'UTC' });
	});

	test('an unknown identifier is a 404 that names it', async () => {
		const { error } = await runNode({
			parameters: { resource: 'clientInbox', operation: 'get', inboxIdentifier: 'nope' } as never,
			credential: userCredential(ctx.fake),
		});
		expect(error?.httpCode).toBe('404');
		expect(error?.description).toContain('Inbox Identifier nope');
	});

	test.each([
		['empty (from an expression)', '={{ $json.missing }}', /^Inbox Identifier: is required and cannot be empty/],
		['with a slash', 'acme/../1', /^Inbox Identifier: must be an inbox identifier like /],
		['with a space', 'acme api', /^Inbox Identifier: must be an inbox identifier like "GJwW2sKqP1tRKhZ9WbGzQi6o" \(letters, digits and - _ \. ~ @ \+ only, not only dots\), got "acme api"$/],
	])('an identifier %s fails before any request', async (_name, inboxIdentifier, message) => {
		const { error, items } = await runNode({
			parameters: { resource: 'clientInbox', operation: 'get', inboxIdentifier } as never,
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
