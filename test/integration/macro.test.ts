/** Macro: saved bundles of actions, run on conversations, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'macro' });

const ALICE = expect.objectContaining({ id: 1, name: 'Alice Admin' });

/** A macro stored in the fake, as Chatwoot keeps it. */
function storeMacro(attrs: Record<string, unknown>) {
	const state = ctx.fake.state as unknown as { macros?: Array<Record<string, unknown>> };
	state.macros ??= [];
	const macro = { account_id: 1, created_by_id: 1, updated_by_id: 1, visibility: 'global', actions: [], ...attrs };
	state.macros.push(macro);
	return macro;
}

describe('Macro', () => {
	test('Create sends the name, the actions as Chatwoot reads them and the visibility', async () => {
		const { items } = await run({
			operation: 'create',
			macroName: 'Close as spam',
			macroActions: {
				action: [
					{ action_name: 'add_label', action_params: 'Spam, junk' },
					{ action_name: 'assign_team', action_params: '1' },
					{ action_name: 'send_message', action_params: 'Thanks, we are on it, promise.' },
					{ action_name: 'change_priority', action_params: 'none' },
					{ action_name: 'resolve_conversation', action_params: 'ignored' },
				],
			},
			macroVisibility: 'global',
		});
		const actions = [
			{ action_name: 'add_label', action_params: ['spam', 'junk'] },
			{ action_name: 'assign_team', action_params: [1] },
			{ action_name: 'send_message', action_params: ['Thanks, we are on it, promise.'] },
			{ action_name: 'change_priority', action_params: ['nil'] },
			{ action_name: 'resolve_conversation', action_params: [] },
		];
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', '/api/v1/accounts/1/macros', { name: 'Close as spam', actions, visibility: 'global' }),
		]);
		expect(items.map((i) => i.json)).toEqual([
			{ id: 1, name: 'Close as spam', visibility: 'global', created_by: ALICE, updated_by: ALICE, account_id: 1, actions },
		]);
	});

	test('Get Many: one item per macro the token user sees; Limit cuts the list', async () => {
		storeMacro({ id: 1, name: 'Escalate' });
		storeMacro({ id: 2, name: "Bob's own", visibility: 'personal', created_by_id: 2 });
		storeMacro({ id: 3, name: 'Close', actions: [{ action_name: 'resolve_conversation', action_params: [] }] });
		const all = await run({ operation: 'getAll', macroReturnAll: true });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/macros')]);
		expect(all.items.map((i) => [i.json.id, i.json.name])).toEqual([
			[1, 'Escalate'],
			[3, 'Close'],
		]);
		const limited = await run({ operation: 'getAll', macroReturnAll: false, macroLimit: 1 });
		expect(limited.items.map((i) => i.json.id)).toEqual([1]);
	});

	test('Get, by a dashboard URL', async () => {
		storeMacro({ id: 4, name: 'Escalate' });
		const macro = { __rl: true, mode: 'url', value: `${ctx.fake.url}/app/accounts/1/settings/macros/4/edit` };
		const { items } = await run({ operation: 'get', macro });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/macros/4')]);
		expect(items.map((i) => i.json)).toEqual([
			{ id: 4, name: 'Escalate', visibility: 'global', created_by: ALICE, updated_by: ALICE, account_id: 1, actions: [] },
		]);
	});

	test('Update without Visibility sends the current one again (Chatwoot would clear it)', async () => {
		storeMacro({ id: 5, name: 'Escalate', visibility: 'global' });
		const { items } = await run({ operation: 'update', macro: byId(5), macroUpdateFields: { name: 'Escalate now' } });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/macros/5'),
			expectedRequest('PATCH', '/api/v1/accounts/1/macros/5', { name: 'Escalate now', visibility: 'global' }),
		]);
		expect(items.map((i) => [i.json.name, i.json.visibility])).toEqual([['Escalate now', 'global']]);
	});

	test('Update with actions and Visibility: one request, the actions replace the old ones', async () => {
		storeMacro({ id: 6, name: 'Escalate', visibility: 'global', actions: [{ action_name: 'resolve_conversation', action_params: [] }] });
		const { items } = await run({
			operation: 'update',
			macro: byId(6),
			macroUpdateFields: { visibility: 'personal', actions: { action: [{ action_name: 'assign_agent', action_params: '2' }] } },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', '/api/v1/accounts/1/macros/6', { actions: [{ action_name: 'assign_agent', action_params: [2] }], visibility: 'personal' }),
		]);
		expect(items.map((i) => [i.json.visibility, i.json.actions])).toEqual([['personal', [{ action_name: 'assign_agent', action_params: [2] }]]]);
	});

	test('Update with no field added fails before any request', async () => {
		const { error } = await runNode({ parameters: { resource: 'macro', operation: 'update', macro: byId(6), macroUpdateFields: {} }, credential: userCredential(ctx.fake) });
		expect(error?.message).toMatch(/^Update Fields: add at least one field to update/);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('Delete', async () => {
		storeMacro({ id: 7, name: 'Old' });
		const { items } = await run({ operation: 'delete', macro: byId(7) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('DELETE', '/api/v1/accounts/1/macros/7')]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
	});

	test('Execute runs the macro on the conversations given', async () => {
		storeMacro({ id: 8, name: 'Tag VIP', actions: [{ action_name: 'add_label', action_params: ['vip'] }] });
		const { items } = await run({ operation: 'execute', macro: byId(8), macroConversationIds: '1, 2' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', '/api/v1/accounts/1/macros/8/execute', { conversation_ids: [1, 2] })]);
		expect(items.map((i) => i.json)).toEqual([{ success: true }]);
		expect(ctx.fake.state.conversations.filter((c) => c.display_id <= 2).map((c) => c.labels)).toEqual([['billing', 'vip'], ['vip']]);
	});

	test.each([
		[{ macroName: 'X', macroVisibility: 'personal', macroActions: {} }, 'Actions: add at least one action'],
		[{ macroName: 'X', macroVisibility: 'personal', macroActions: { action: [{ action_name: 'assign_team', action_params: 'support' }] } }, 'Actions 1: Value: must be a positive whole number, got "support"'],
		[{ macroName: 'X', macroVisibility: 'personal', macroActions: { action: [{ action_name: 'change_status', action_params: 'closed' }] } }, 'Actions 1: Value: must be one of open, pending, resolved, snoozed, got "closed"'],
		[{ macroName: 'X', macroVisibility: 'personal', macroActions: { action: [{ action_name: 'add_label', action_params: ' , ' }] } }, 'Actions 1: Value: name at least one label'],
	])('Create refuses bad input before any request: %j', async (parameters, message) => {
		const { error } = await runNode({ parameters: { resource: 'macro', operation: 'create', ...parameters }, credential: userCredential(ctx.fake) });
		expect(error?.message.startsWith(message)).toBe(true);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('Execute refuses conversation IDs that are not numbers, before any request', async () => {
		const { error } = await runNode({ parameters: { resource: 'macro', operation: 'execute', macro: byId(8), macroConversationIds: '1, abc' }, credential: userCredential(ctx.fake) });
		expect(error?.message).toMatch(/^Conversation IDs: must be a positive whole number, got "abc"/);
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
