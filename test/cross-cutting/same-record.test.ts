/**
 * Several items on one record. n8n-core's RoutingNode starts every item at once, so read-and-
 * write operations (Add/Remove Labels, Conversation Set/Delete Custom Attributes) take turns
 * per record within the process: each item reads the state the previous one wrote.
 */
import * as path from 'node:path';
import { runNode } from '../helpers/engine';
import { expectAllAccepted, expectedRequest, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

// The module the built node uses, to see that no turn is left behind.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { queuedRecords } = require(path.resolve(__dirname, '../../dist/nodes/ChatWoot/shared/send/recordWrites.js'));

const ctx = useFakeChatwoot();
const CONVERSATION = '/api/v1/accounts/1/conversations/1';
const CONTACT = '/api/v1/accounts/1/contacts/1';
const conversation = () => ctx.fake.state.conversations.find((c) => c.display_id === 1)!;
const contact = () => ctx.fake.state.contacts.find((c) => c.id === 1)!;
const byExpression = (expression: string) => ({ __rl: true, mode: 'id', value: expression });
const LABELS = ['vip', 'urgent', 'bug', 'refund', 'vat'];

async function run(parameters: Record<string, unknown>, items: Array<Record<string, unknown>>, continueOnFail = false) {
	const result = await runNode({ parameters: parameters as never, credential: userCredential(ctx.fake), items, continueOnFail });
	expectAllAccepted(ctx.fake);
	expect(queuedRecords()).toBe(0);
	return result;
}

describe('Several items on one record', () => {
	test('Conversation > Add Labels: 5 items, 5 labels, all 5 end up on the conversation', async () => {
		for (const label of LABELS) ctx.fake.state.labels.push({ id: ctx.fake.state.labels.length + 10, account_id: 1, title: label });
		const { items, error } = await run(
			{ resource: 'conversation', operation: 'addLabels', conversation: byExpression('={{ $json.id }}'), conversationLabelsToAdd: '={{ $json.label }}' },
			LABELS.map((label) => ({ id: 1, label })),
		);
		expect(error).toBeUndefined();
		const expected: string[][] = [];
		let labels = ['billing'];
		for (const label of LABELS) {
			labels = [...labels, label];
			expected.push(labels);
		}
		// read, write, read, write...: each item reads what the one before wrote
		expect(ctx.fake.requests.map(summary)).toEqual(
			expected.flatMap((written) => [
				expectedRequest('GET', `${CONVERSATION}/labels`),
				expectedRequest('POST', `${CONVERSATION}/labels`, { labels: written }),
			]),
		);
		expect(items.map((item) => item.json)).toEqual(expected.map((written) => ({ labels: written })));
		expect(conversation().labels).toEqual(['billing', ...LABELS]);
	});

	test('Conversation > Remove Labels: a removed label does not come back', async () => {
		conversation().labels = ['billing', 'vip', 'bug'];
		const { items } = await run(
			{ resource: 'conversation', operation: 'removeLabels', conversation: byExpression('={{ $json.id }}'), conversationLabelsToRemove: '={{ $json.label }}' },
			[{ id: 1, label: 'vip' }, { id: 1, label: 'bug' }],
		);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', `${CONVERSATION}/labels`),
			expectedRequest('POST', `${CONVERSATION}/labels`, { labels: ['billing', 'bug'] }),
			expectedRequest('GET', `${CONVERSATION}/labels`),
			expectedRequest('POST', `${CONVERSATION}/labels`, { labels: ['billing'] }),
		]);
		expect(items.map((item) => item.json)).toEqual([{ labels: ['billing', 'bug'] }, { labels: ['billing'] }]);
		expect(conversation().labels).toEqual(['billing']);
	});

	test('Conversation > Set Custom Attributes: no key is lost', async () => {
		conversation().custom_attributes = { channel: 'web' };
		await run(
			{ resource: 'conversation', operation: 'setCustomAttributes', conversation: byExpression('={{ $json.id }}'), conversationCustomAttributes: '={{ $json.attributes }}' },
			[{ id: 1, attributes: { order_id: 'A-1' } }, { id: 1, attributes: { refund: true } }, { id: 1, attributes: { seats: 3 } }],
		);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', CONVERSATION),
			expectedRequest('POST', `${CONVERSATION}/custom_attributes`, { custom_attributes: { channel: 'web', order_id: 'A-1' } }),
			expectedRequest('GET', CONVERSATION),
			expectedRequest('POST', `${CONVERSATION}/custom_attributes`, { custom_attributes: { channel: 'web', order_id: 'A-1', refund: true } }),
			expectedRequest('GET', CONVERSATION),
			expectedRequest('POST', `${CONVERSATION}/custom_attributes`, { custom_attributes: { channel: 'web', order_id: 'A-1', refund: true, seats: 3 } }),
		]);
		expect(conversation().custom_attributes).toEqual({ channel: 'web', order_id: 'A-1', refund: true, seats: 3 });
	});

	test('Contact > Set Custom Attributes: no read, only the given keys are sent (Chatwoot merges them)', async () => {
		contact().custom_attributes = { plan: 'pro', region: 'eu' };
		const { items } = await run(
			{ resource: 'contact', operation: 'setCustomAttributes', contact: byExpression('={{ $json.id }}'), contactCustomAttributes: '={{ $json.attributes }}' },
			[{ id: 1, attributes: { plan: 'enterprise' } }, { id: 1, attributes: { seats: 5 } }],
		);
		// a stale copy of `plan` from before the first write is never written back
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PUT', CONTACT, { custom_attributes: { plan: 'enterprise' } }),
			expectedRequest('PUT', CONTACT, { custom_attributes: { seats: 5 } }),
		]);
		expect(items[1].json).toMatchObject({ id: 1, custom_attributes: { plan: 'enterprise', region: 'eu', seats: 5 } });
		expect(contact().custom_attributes).toEqual({ plan: 'enterprise', region: 'eu', seats: 5 });
	});

	test('a failed write (Continue On Fail) hands the turn on: the other items still go through', async () => {
		ctx.fake.setFault({ status: 500, body: { error: 'boom' }, times: 1, match: { method: 'POST', path: `${CONVERSATION}/labels` } });
		const { items } = await run(
			{ resource: 'conversation', operation: 'addLabels', conversation: byExpression('={{ $json.id }}'), conversationLabelsToAdd: '={{ $json.label }}' },
			[{ id: 1, label: 'vip' }, { id: 1, label: 'bug' }, { id: 99, label: 'vip' }, { id: 1, label: 'vip' }],
			true,
		);
		expect(items.map((item) => item.error?.message ?? item.json)).toEqual([
			'Chatwoot: boom',
			{ labels: ['billing', 'bug'] },
			'Chatwoot: Resource could not be found',
			{ labels: ['billing', 'bug', 'vip'] },
		]);
		expect(conversation().labels).toEqual(['billing', 'bug', 'vip']);
	});

	test('different records do not wait for each other', async () => {
		await run(
			{ resource: 'conversation', operation: 'addLabels', conversation: byExpression('={{ $json.id }}'), conversationLabelsToAdd: 'vip' },
			[{ id: 1 }, { id: 2 }],
		);
		// both reads go out before either write
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${CONVERSATION}/labels`,
			'GET /api/v1/accounts/1/conversations/2/labels',
			`POST ${CONVERSATION}/labels`,
			'POST /api/v1/accounts/1/conversations/2/labels',
		]);
	});
});
