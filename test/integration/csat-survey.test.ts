/** CSAT Survey: the public survey page, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { expectAllAccepted, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

function get(conversationUuid: unknown) {
	return runNode({
		parameters: { resource: 'csatSurvey', operation: 'get', conversationUuid } as never,
		credential: userCredential(ctx.fake),
	});
}

describe('CSAT Survey > Get', () => {
	// The spec types conversation_uuid as an integer; it is the conversation's uuid (the
	// fake's allow-list entry 11). Chatwoot renders the page for any value: its script loads
	// the survey afterwards.
	test('an HTML page becomes an item with the address and the HTML', async () => {
		const uuid = ctx.fake.state.conversations[0].uuid as string;
		const { items, error } = await get(` ${uuid} `);
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'GET', path: `/survey/responses/${uuid}`, query: {}, body: undefined, status: 200, rejected: undefined },
		]);
		// Rails picks the page's format from Accept
		expect(ctx.fake.requests[0].headers.accept).toBe('text/html');
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			conversation_uuid: uuid,
			url: `${ctx.fake.url}/survey/responses/${uuid}`,
			html: expect.stringMatching(new RegExp(`^<!DOCTYPE html>.*data-conversation="${uuid}"`)),
		});
	});

	test('several items, one page each, uuid from an expression', async () => {
		const uuids = ctx.fake.state.conversations.slice(0, 2).map((c) => c.uuid as string);
		const { items } = await runNode({
			parameters: { resource: 'csatSurvey', operation: 'get', conversationUuid: '={{ $json.uuid }}' } as never,
			credential: userCredential(ctx.fake),
			items: uuids.map((uuid) => ({ uuid })),
		});
		expectAllAccepted(ctx.fake);
		expect(items.map((i) => i.json.url)).toEqual(uuids.map((uuid) => `${ctx.fake.url}/survey/responses/${uuid}`));
	});

	test.each([
		['empty', '={{ "" }}', /^Conversation UUID: is required and cannot be empty/],
		['with a slash', '../api/v1/profile', /^Conversation UUID: must be the conversation's uuid/],
		// `..` would request /survey/
		['..', '..', /^Conversation UUID: must be the conversation's uuid like "9a2f6c1e-3b4d-4f5a-8e7b-1c2d3e4f5a6b" \(hex digits in groups of 8-4-4-4-12\), got "\.\."$/],
		['not a uuid', 'abc-123', /^Conversation UUID: must be the conversation's uuid like /],
	])('a uuid %s fails before any request', async (_name, value, message) => {
		const { error, items } = await get(value);
		expect(items).toEqual([]);
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
