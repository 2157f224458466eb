/** Custom Attribute (definitions): every operation, enum codes, the searchable list. */
import { byId, expectAllAccepted, expectedRequest, locatorValue, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'customAttribute' });

const DEFINITIONS = '/api/v1/accounts/1/custom_attribute_definitions';

describe('Custom Attribute', () => {
	test("Create sends model and type as Chatwoot's enum numbers, list values as an array", async () => {
		const { items } = await run({
			operation: 'create',
			attribute_display_name: 'Tier',
			attribute_key: 'tier',
			attribute_model: 1,
			attribute_display_type: 6,
			customAttributeAdditionalFields: { attribute_values: 'gold, silver ,bronze', attribute_description: 'Loyalty tier', regex_pattern: '' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', DEFINITIONS, {
				attribute_display_name: 'Tier',
				attribute_key: 'tier',
				attribute_model: 1,
				attribute_display_type: 6,
				attribute_values: ['gold', 'silver', 'bronze'],
				attribute_description: 'Loyalty tier',
			}),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 3, attribute_key: 'tier', attribute_model: 'contact_attribute', attribute_display_type: 'list' });
	});

	test('Create with the defaults: a text attribute of conversations', async () => {
		const { items } = await run({ operation: 'create', attribute_display_name: 'Ticket', attribute_key: 'ticket' });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', DEFINITIONS, { attribute_display_name: 'Ticket', attribute_key: 'ticket', attribute_model: 0, attribute_display_type: 0 }),
		]);
		expect(items.map((i) => i.json)).toEqual([
			expect.objectContaining({ id: 3, attribute_key: 'ticket', attribute_model: 'conversation_attribute', attribute_display_type: 'text' }),
		]);
	});

	test('Get Many asks for one model (attribute_model=0 or 1), Limit exact', async () => {
		const contacts = await run({ operation: 'getAll', attributeModel: '1', customAttributeReturnAll: true });
		expect(contacts.items.map((i) => i.json.attribute_key)).toEqual(['plan']);
		ctx.fake.state.customAttributeDefinitions.push({ ...ctx.fake.state.customAttributeDefinitions[1], id: 3, attribute_key: 'order_total' });
		const conversations = await run({ operation: 'getAll', customAttributeReturnAll: false, customAttributeLimit: 1 });
		expect(conversations.items.map((i) => i.json.attribute_key)).toEqual(['order_id']);
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', DEFINITIONS, undefined, { attribute_model: '1' }),
			expectedRequest('GET', DEFINITIONS, undefined, { attribute_model: '0' }),
		]);
	});

	test('Get', async () => {
		const { items } = await run({ operation: 'get', customAttribute: byId('1') });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${DEFINITIONS}/1`)]);
		expect(items.map((i) => i.json.attribute_key)).toEqual(['plan']);
	});

	test('Update sends only the fields added', async () => {
		const { items } = await run({
			operation: 'update',
			customAttribute: locatorValue(2, 'list'),
			customAttributeUpdateFields: { attribute_display_name: 'Order Number', regex_pattern: '^[0-9]+$', regex_cue: 'Digits only' },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `${DEFINITIONS}/2`, { attribute_display_name: 'Order Number', regex_pattern: '^[0-9]+$', regex_cue: 'Digits only' }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, attribute_display_name: 'Order Number', attribute_key: 'order_id' });
	});

	test('Delete', async () => {
		const { items } = await run({ operation: 'delete', customAttribute: byId('2') });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${DEFINITIONS}/2`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.customAttributeDefinitions.map((d) => d.id)).toEqual([1]);
	});

	const create = { operation: 'create', attribute_display_name: 'A', attribute_key: 'a' };
	test.each<[string, Record<string, unknown>, RegExp]>([
		['a type beyond the list', { ...create, attribute_display_type: '={{ 9 }}' }, /^Type: must be between 0 and 7, got 9/],
		['a model by name', { ...create, attribute_model: '={{ "contact" }}' }, /^Applies To: must be a whole number, got "contact"/],
		['a blank key', { ...create, attribute_key: '={{ "" }}' }, /^Key: is required/],
		['an unknown model to list', { operation: 'getAll', attributeModel: '={{ "2" }}' }, /^Applies To: must be one of 0, 1, got "2"/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const error = await run.failure(parameters);
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('the Custom Attribute list has the attributes of both models', async () => {
		const all = await searchList('getCustomAttributes', userCredential(ctx.fake));
		expect(all.results).toEqual([
			{ name: 'Order ID (conversation)', value: 2, url: undefined },
			{ name: 'Plan (contact)', value: 1, url: undefined },
		]);
		const found = await searchList('getCustomAttributes', userCredential(ctx.fake), { filter: 'plan' });
		expect(found.results.map((r) => r.value)).toEqual([1]);
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.slice(0, 2).map((r) => r.query)).toEqual([{ attribute_model: '0' }, { attribute_model: '1' }]);
	});
});
