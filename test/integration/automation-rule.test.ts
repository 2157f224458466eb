/** Automation Rule: conditions and actions as the dashboard sends them, every operation. */
import { runNode } from '../helpers/engine';
import { byId, expectAllAccepted, expectedRequest, locatorValue, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';
import { searchList } from '../helpers/loadOptions';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'automationRule' });

const RULES = '/api/v1/accounts/1/automation_rules';

const conditions = {
	condition: [
		{ attribute_key: 'content', filter_operator: 'contains', values: 'refund, money back', query_operator: 'OR' },
		{ attribute_key: 'status', filter_operator: 'equal_to', values: 'open', query_operator: 'AND' },
	],
};

describe('Automation Rule', () => {
	test('Create builds conditions (no operator after the last) and actions (lists or JSON)', async () => {
		const { items } = await run({
			operation: 'create',
			automationRuleName: 'Refunds to billing',
			event_name: 'message_created',
			automationRuleConditions: conditions,
			actions: {
				action: [
					{ action_name: 'add_label', action_params: 'billing, refund' },
					{ action_name: 'send_email_to_team', action_params: '[{"message": "Refund asked", "team_ids": [1]}]' },
				],
			},
			automationRuleAdditionalFields: { description: 'Routes refund requests', active: false },
		});
		const expectedBody = {
			name: 'Refunds to billing',
			event_name: 'message_created',
			conditions: [
				{ attribute_key: 'content', filter_operator: 'contains', values: ['refund', 'money back'], query_operator: 'OR' },
				{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'] },
			],
			actions: [
				{ action_name: 'add_label', action_params: ['billing', 'refund'] },
				{ action_name: 'send_email_to_team', action_params: [{ message: 'Refund asked', team_ids: [1] }] },
			],
			description: 'Routes refund requests',
			active: false,
		};
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', RULES, expectedBody)]);
		// {payload: rule} unwrapped
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 2, name: 'Refunds to billing', active: false, conditions: expectedBody.conditions });
	});

	test('Get Many: one item per rule, no page parameter (Chatwoot answers them all)', async () => {
		ctx.fake.state.automationRules.push(
			{ ...ctx.fake.state.automationRules[0], id: 2, name: 'Second' },
			{ ...ctx.fake.state.automationRules[0], id: 3, name: 'Third' },
		);
		const { items } = await run({ operation: 'getAll', automationRuleReturnAll: false, automationRuleLimit: 2 });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', RULES)]);
		expect(items.map((i) => i.json.name)).toEqual(['Tag billing questions', 'Second']);
	});

	test('Get unwraps the payload', async () => {
		const { items } = await run({ operation: 'get', automationRule: byId('1') });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', `${RULES}/1`)]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, name: 'Tag billing questions', event_name: 'message_created' });
	});

	test('Update sends only the fields added; new conditions replace the old ones', async () => {
		const { items } = await run({
			operation: 'update',
			automationRule: locatorValue(1, 'list'),
			automationRuleUpdateFields: { active: false, conditions: { condition: [{ attribute_key: 'email', filter_operator: 'is_present', values: '', query_operator: 'AND' }] } },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', `${RULES}/1`, { active: false, conditions: [{ attribute_key: 'email', filter_operator: 'is_present', values: [] }] }),
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: 1, active: false, actions: [{ action_name: 'add_label', action_params: ['billing'] }] });
	});

	test('Delete', async () => {
		const { items } = await run({ operation: 'delete', automationRule: byId('1') });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', `${RULES}/1`)]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.automationRules).toEqual([]);
	});

	const create = { operation: 'create', automationRuleName: 'R', event_name: 'message_created', automationRuleConditions: conditions, actions: { action: [{ action_name: 'add_label', action_params: 'x' }] } };
	test.each<[string, Record<string, unknown>, RegExp]>([
		['no condition', { ...create, automationRuleConditions: {} }, /^Conditions: add at least one condition/],
		['no action', { ...create, actions: {} }, /^Actions: add at least one action/],
		['a condition without attribute', { ...create, automationRuleConditions: { condition: [{ attribute_key: ' ', filter_operator: 'equal_to', values: 'x', query_operator: 'AND' }] } }, /^Conditions 1: Attribute: is required/],
		['action parameters that are not JSON', { ...create, actions: { action: [{ action_name: 'add_label', action_params: '[1, ' }] } }, /^Actions 1: Parameters: is not a valid JSON array/],
		['an unknown event', { ...create, event_name: '={{ "conversation_opened" }}' }, /^Event: must be one of conversation_created, conversation_updated, conversation_resolved, message_created/],
		['a rule ID of 0', { operation: 'get', automationRule: byId('={{ 0 }}') }, /^Automation Rule: must be a positive whole number/],
	])('bad input fails before any request, naming the field: %s', async (_name, parameters, message) => {
		const error = await run.failure(parameters);
		expect(error.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('the Automation Rule list shows name and event', async () => {
		const { results } = await searchList('getAutomationRules', userCredential(ctx.fake), { filter: 'billing' });
		expectAllAccepted(ctx.fake);
		expect(results).toEqual([{ name: 'Tag billing questions (message_created)', value: 1, url: undefined }]);
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', RULES)]);
	});
});

describe('Automation Rule > Clone', () => {
	test('the copy comes back with its own ID, the original stays', async () => {
		const original = ctx.fake.state.automationRules.find((r) => r.account_id === 1);
		if (!original) {
			ctx.fake.state.automationRules.push({
				id: 1, account_id: 1, name: 'Tag VIPs', description: null, event_name: 'conversation_created', active: true,
				conditions: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null }],
				actions: [{ action_name: 'add_label', action_params: ['vip'] }], created_at: new Date('2026-01-01T00:00:00Z'),
			});
		}
		const source = ctx.fake.state.automationRules.find((r) => r.account_id === 1)!;
		const { items, error } = await runNode({
			parameters: { resource: 'automationRule', operation: 'clone', automationRule: byId(source.id) },
			credential: userCredential(ctx.fake),
		});
		expect(error).toBeUndefined();
		expectAllAccepted(ctx.fake);
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ method: 'POST', path: `/api/v1/accounts/1/automation_rules/${source.id}/clone`, query: {}, body: undefined, status: 200, rejected: undefined },
		]);
		const copy = ctx.fake.state.automationRules[ctx.fake.state.automationRules.length - 1];
		expect(copy.id).not.toBe(source.id);
		const { id: _id, created_at: _created, ...same } = items[0].json;
		expect(items.map((i) => i.json.id)).toEqual([copy.id]);
		expect(same).toMatchObject({ name: source.name, event_name: source.event_name, actions: source.actions });
	});
});
