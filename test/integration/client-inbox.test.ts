/** Client API: Inbox, through n8n-core's engine against the fake. */
import { expectedRequest, runner, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'clientInbox', operation: 'get' });

describe('Client API: Inbox > Get', () => {
	test('gets the public details of the API inbox by its identifier', async () => {
		const { items } = await run({ inboxIdentifier: ' acme-api-inbox ' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/public/api/v1/inboxes/acme-api-inbox')]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ identifier: 'acme-api-inbox', name: 'Acme Support', timezone: 'UTC' });
	});

	test('an unknown identifier is a 404 that names it', async () => {
		const error = await run.failure({ inboxIdentifier: 'nope' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/public/api/v1/inboxes/nope', undefined, {}, 404)]);
		expect(error.httpCode).toBe('404');
		expect(error.description).toContain('Inbox Identifier nope');
	});

	test.each([
		['empty (from an expression)', '={{ $json.missing }}', /^Inbox Identifier: is required and cannot be empty/],
		['with a slash', 'acme/../1', /^Inbox Identifier: must be an inbox identifier like /],
		['with a space', 'acme api', /^Inbox Identifier: must be an inbox identifier like "GJwW2sKqP1tRKhZ9WbGzQi6o" \(letters, digits and - _ \. ~ @ \+ only, not only dots\), got "acme api"$/],
	])('an identifier %s fails before any request', async (_name, inboxIdentifier, message) => {
		const error = await run.failure({ inboxIdentifier });
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
