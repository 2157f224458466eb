/** Contact > Bulk Action (bulk_actions, type Contact), through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'contact', operation: 'bulkAction' });

const labelsOf = (id: number) => (ctx.fake.state.contacts.find((c) => c.id === id) as { labels?: string[] }).labels;

describe('Contact > Bulk Action', () => {
	test('Add Labels', async () => {
		const { items } = await run({ contactIds: '1, 2', contactBulkAction: 'addLabels', contactBulkLabels: ['Billing'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/bulk_actions', { type: 'Contact', ids: [1, 2], labels: { add: ['billing'] } }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect([labelsOf(1), labelsOf(2)]).toEqual([['vip', 'billing'], ['billing']]);
	});

	test('Remove Labels', async () => {
		await run({ contactIds: '1', contactBulkAction: 'removeLabels', contactBulkLabels: ['vip'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/bulk_actions', { type: 'Contact', ids: [1], labels: { remove: ['vip'] } }),
		]);
		expect(labelsOf(1)).toEqual([]);
	});

	test('Delete sends no labels, even when some are set', async () => {
		const { items } = await run({ contactIds: '={{ [2] }}', contactBulkAction: 'delete', contactBulkLabels: ['vip'] });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/bulk_actions', { type: 'Contact', ids: [2], action_name: 'delete' }),
		]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.contacts.map((c) => c.id)).toEqual([1, 3]);
	});

	test.each([
		[{ contactIds: '1', contactBulkAction: 'addLabels', contactBulkLabels: [] }, /^Labels: name at least one label to add/],
		[{ contactIds: '1, jane', contactBulkAction: 'delete' }, /^Contact IDs: must be a positive whole number, got "jane"/],
		[{ contactIds: ' , ', contactBulkAction: 'delete' }, /^Contact IDs: name at least one contact ID/],
	])('bad input is refused before any request: %j', async (parameters, message) => {
		const { error } = await runNode({ parameters: { resource: 'contact', operation: 'bulkAction', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
