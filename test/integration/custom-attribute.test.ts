/** Custom Attribute (definitions): every operation, enum codes, the searchable list. */
import { runNode } from '../helpers/engine';
import { byId, expectAllAccepted, locatorValue, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

describe('Custom Attribute', () => {
	test('Create sends model and type as Chatwoot\'s enum numbers, list values as an array', async () => {
		const { items, error } = await runNode({
			parameters: {
				resource: 'customAttribute',
				operation: 'create',
				attribute_display_name: 'Tier',
				attribute_key: 'tier',
				attribute_model: 1,
				attribute_display_type: 6,
				customAttributeAdditionalFields: { attribute_values: 'gold, silver ,bronze', attribute_description: 'Loyalty tier', regex_pattern: '' },
			},
			credential: userCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'POST',
			path: '/api/v1/accounts/1/custom_attribute_definitions',
			query: {},
			body: {
				attribute_display_name: 'Tier',
				attribute_key: 'tier',
				attribute_model: 1,
				attribute_display_type: 6,
				attribute_values: ['gold', 'silver', 'bronze'],
				attribute_description: 'Loyalty tier',
			},
			status: 200,
			rejected: undefined,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 3, attribute_key: 'tier', attribute_model: 'contact_attribute', attribute_display_type: 'list' });
	});

	test('Create with the defaults: a text attribute of conversations', async () => {
		await runNode({
			parameters: { resource: 'customAttribute', operation: 'create', attribute_display_name: 'Ticket', attribute_key: 'ticket' },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests[0].body).toEqual({ attribute_display_name: 'Ticket', attribute_key: 'ticket', attribute_model: 0, attribute_display_type: 0 });
	});

	test('Get Many asks for one model (attribute_model=0 or 1), Limit exact', async () => {
		const contacts = await runNode({
			parameters: { resource: 'customAttribute', operation: 'getAll', attributeModel: '1', customAttributeReturnAll: true },
			credential: userCredential(ctx.fake),
		});
		expect(contacts.items.map((i) => i.json.attribute_key)).toEqual(['plan']);
		ctx.fake.state.customAttributeDefinitions.push({ ...ctx.fake.state.customAttributeDefinitions[1], id: 3, attribute_key: 'order_total' });
		const conversations = await runNode({
			parameters: { resource: 'customAttribute', operation: 'getAll', customAttributeReturnAll: false, customAttributeLimit: 1 },
			credential: userCredential(ctx.fake),
		});
		expect(conversations.items.map((i) => i.json.attribute_key)).toEqual(['order_id']);
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/api/v1/accounts/1/custom_attribute_definitions', { attribute_model: '1' }],
			['GET', '/api/v1/accounts/1/custom_attribute_definitions', { attribute_model: '0' }],
		]);
	});

	test('Get', async () => {
		const { items } = await runNode({
			parameters: { resource: 'customAttribute', operation: 'get', customAttribute: byId('1') },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toMatchObject({ method: 'GET', path: '/api/v1/accounts/1/custom_attribute_definitions/1', query: {}, status: 200 });
		expect(items.map((i) => i.json.attribute_key)).toEqual(['plan']);
	});

	test('Update sends only the fields added', async () => {
		const { items } = await runNode({
			parameters: {
				resource: 'customAttribute',
				operation: 'update',
				customAttribute: locatorValue(2, 'list'),
				customAttributeUpdateFields: { attribute_display_name: 'Order Number', regex_pattern: '^[0-9]+$', regex_cue: 'Digits only' },
			},
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toEqual({
			method: 'PATCH',
			path: '/api/v1/accounts/1/custom_attribute_definitions/2',
			query: {},
			body: { attribute_display_name: 'Order Number', regex_pattern: '^[0-9]+$', regex_cue: 'Digits only' },
			status: 200,
			rejected: undefined,
		});
		expect(items[0].json).toMatchObject({ id: 2, attribute_display_name: 'Order Number', attribute_key: 'order_id' });
	});

	test('Delete', async () => {
		const { items } = await runNode({
			parameters: { resource: 'customAttribute', operation: 'delete', customAttribute: byId('2') },
			credential: userCredential(ctx.fake),
		});
		expectAllAccepted(ctx.fake);
		expect(summary(ctx.fake.requests[0])).toMatchObject({ method: 'DELETE', path: '/api/v1/accounts/1/custom_attribute_definitions/2', status: 200 });
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.customAttributeDefinitions.map((d) => d.id)).toEqual([1]);
	});

	test('bad input fails before any request, naming the field', async () => {
		const create = { resource: 'customAttribute', operation: 'create', attribute_display_name: 'A', attribute_key: 'a' };
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ ...create, attribute_display_type: '={{ 9 }}' }, /^Type: must be between 0 and 7, got 9/],
			[{ ...create, attribute_model: '={{ "contact" }}' }, /^Applies To: must be a whole number, got "contact"/],
			[{ ...create, attribute_key: '={{ "" }}' }, /^Key: is required/],
			[{ resource: 'customAttribute', operation: 'getAll', attributeModel: '={{ "2" }}' }, /^Applies To: must be one of 0, 1, got "2"/],
		];
		for (const [parameters, message] of cases) {
			const { error, items } = await runNode({ parameters: parameters as never, credential: userCredential(ctx.fake) });
			expect(items).toEqual([]);
			expect(error?.message).toMatch(message);
		}
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
