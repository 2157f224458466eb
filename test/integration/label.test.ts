/** Label: every operation, and the label searchable list. */
import { addSecondAccount, byId, expectAllAccepted, expectedRequest, jsonItems, locatorValue, runner, summary, useFakeChatwoot, userCredential } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'label' });

const LABELS = '/api/v1/accounts/1/labels';

describe('Label', () => {
	test('Create sends the title and only the added fields; Get, Update, Delete by locator', async () => {
		const created = await run({
			operation: 'create',
			labelTitle: 'priority-support',
			labelAdditionalFields: { description: 'Customers on the premium plan', show_on_sidebar: false },
		});
		const id = created.items[0].json.id as number;
		expect(created.items.map((i) => i.json)).toEqual([expect.objectContaining({ id, title: 'priority-support', show_on_sidebar: false })]);

		const got = await run({ operation: 'get', label: byId(id) });
		expect(got.items.map((i) => i.json.title)).toEqual(['priority-support']);

		const updated = await run({ operation: 'update', label: locatorValue(id, 'list'), labelUpdateFields: { color: '#ff0000' } });
		expect(updated.items.map((i) => i.json.color)).toEqual(['#ff0000']);

		const deleted = await run({ operation: 'delete', label: byId(` ${id} `) });
		expect(deleted.items.map((i) => i.json)).toEqual([{ success: true }]);

		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', LABELS, { title: 'priority-support', description: 'Customers on the premium plan', show_on_sidebar: false }),
			expectedRequest('GET', `${LABELS}/${id}`),
			expectedRequest('PATCH', `${LABELS}/${id}`, { color: '#ff0000' }),
			expectedRequest('DELETE', `${LABELS}/${id}`),
		]);
	});

	test('Get Many: one item per label, Limit cuts', async () => {
		const all = await run({ operation: 'getAll', labelReturnAll: true });
		expect(all.items.map((i) => i.json.title)).toEqual(['billing', 'vip', 'bug']);
		const two = await run({ operation: 'getAll', labelLimit: 2 });
		expect(two.items.map((i) => i.json.title)).toEqual(['billing', 'vip']);
		expect(ctx.fake.requests.map(summary)).toEqual(Array(2).fill(expectedRequest('GET', LABELS)));
	});

	test('bad input: a typed label ID that is not a number stops the run before it starts', async () => {
		// n8n itself checks the By ID mode's pattern before running anything.
		await expect(run({ operation: 'get', label: byId('vip') })).rejects.toThrow(/Not a valid label ID \(digits only\)/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('bad input: a label ID from an expression that is not a number fails before any request', async () => {
		const error = await run.failure({ operation: 'get', label: byId('={{ $json.label }}') }, jsonItems({ label: 'vip' }));
		expect(error.message).toBe('Label: must be a positive whole number, got "vip"');
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('getLabels lists the labels of the chosen account, filtered by the text', async () => {
		const { results } = await searchList('getLabels', userCredential(ctx.fake), { filter: 'vi' });
		expectAllAccepted(ctx.fake);
		expect(results).toEqual([{ name: 'vip', value: 2, url: `${ctx.fake.url}/app/accounts/1/labels/vip/conversations` }]);
		addSecondAccount(ctx.fake);
		const other = await searchList('getLabels', userCredential(ctx.fake), { parameters: { account: byId(2) } });
		expect(other.results.map((r) => r.name)).toEqual(['globex-only']);
	});
});
