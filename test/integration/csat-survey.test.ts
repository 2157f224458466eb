/** CSAT Survey: the public survey page, through n8n-core's engine against the fake. */
import { expectedRequest, headersOf, jsonItems, runner, summary, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'csatSurvey', operation: 'get' });

describe('CSAT Survey > Get', () => {
	// The spec types conversation_uuid as an integer; it is the conversation's uuid (the
	// fake's allow-list entry 11). Chatwoot renders the page for any value: its script loads
	// the survey afterwards.
	test('an HTML page becomes an item with the address and the HTML', async () => {
		const uuid = ctx.fake.state.conversations[0].uuid as string;
		const { items } = await run({ conversationUuid: ` ${uuid} ` });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `/survey/responses/${uuid}`)]);
		// Rails picks the page's format from Accept
		expect(ctx.fake.requests.map((r) => headersOf(r, 'accept'))).toEqual([{ accept: 'text/html' }]);
		expect(items.map((i) => i.json)).toEqual([
			{
				conversation_uuid: uuid,
				url: `${ctx.fake.url}/survey/responses/${uuid}`,
				html: expect.stringMatching(new RegExp(`^<!DOCTYPE html>.*data-conversation="${uuid}"`)),
			},
		]);
	});

	test('several items, one page each, uuid from an expression', async () => {
		const uuids = ctx.fake.state.conversations.slice(0, 2).map((c) => c.uuid as string);
		const { items } = await run({ conversationUuid: '={{ $json.uuid }}' }, jsonItems(...uuids.map((uuid) => ({ uuid }))));
		expect(ctx.fake.requests.map(summary)).toEqual(uuids.map((uuid) => expectedRequest('GET', `/survey/responses/${uuid}`)));
		expect(items.map((i) => i.json.url)).toEqual(uuids.map((uuid) => `${ctx.fake.url}/survey/responses/${uuid}`));
	});

	test.each([
		['empty', '={{ "" }}', /^Conversation UUID: is required and cannot be empty/],
		['with a slash', '../api/v1/profile', /^Conversation UUID: must be the conversation's uuid/],
		// `..` would request /survey/
		['..', '..', /^Conversation UUID: must be the conversation's uuid like "9a2f6c1e-3b4d-4f5a-8e7b-1c2d3e4f5a6b" \(hex digits in groups of 8-4-4-4-12\), got "\.\."$/],
		['not a uuid', 'abc-123', /^Conversation UUID: must be the conversation's uuid like /],
	])('a uuid %s fails before any request', async (_name, conversationUuid, message) => {
		const error = await run.failure({ conversationUuid });
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
