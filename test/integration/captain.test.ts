/** Captain: Chatwoot's AI tasks and preferences, through n8n-core's engine against the fake. */
import { runNode } from '../helpers/engine';
import { byId, expectedRequest, runner, summary, userCredential, useFakeChatwoot } from '../helpers/fake';

const ctx = useFakeChatwoot();

const run = runner(ctx, { resource: 'captain' });

const TASKS = '/api/v1/accounts/1/captain/tasks';

describe('Captain', () => {
	test('Get Preferences', async () => {
		const { items } = await run({ operation: 'getPreferences' });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('GET', '/api/v1/accounts/1/captain/preferences')]);
		expect(items).toHaveLength(1);
		expect(Object.keys(items[0].json)).toEqual(['providers', 'models', 'features']);
		expect(items[0].json.features).toMatchObject({ editor: { enabled: false, model: 'gpt-4.1-mini' } });
	});

	test('Update Preferences sends the changed models and features only; the answer is the preferences after the change', async () => {
		const { items } = await run({
			operation: 'updatePreferences',
			captainFeatureSettings: {
				feature: [
					{ feature: 'editor', status: 'on', model: ' gpt-5-mini ' },
					{ feature: 'audio_transcription', status: 'off', model: '' },
					{ feature: 'copilot', status: 'keep', model: 'gpt-4.1' },
				],
			},
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('PATCH', '/api/v1/accounts/1/captain/preferences', {
				captain_models: { editor: 'gpt-5-mini', copilot: 'gpt-4.1' },
				captain_features: { editor: true, audio_transcription: false },
			}),
		]);
		const feature = (fields: Record<string, unknown>, model = 'gpt-4.1-mini') => ({
			enabled: false,
			default: model,
			model,
			selected: model,
			provider: 'openai',
			source: 'default',
			...fields,
		});
		const mine = (model: string) => ({ model, selected: model, source: 'account' });
		expect(items).toHaveLength(1);
		expect(items[0].json.features).toEqual({
			editor: feature({ enabled: true, ...mine('gpt-5-mini') }),
			assistant: feature({}),
			copilot: feature(mine('gpt-4.1')),
			label_suggestion: feature({}),
			audio_transcription: feature({}, 'gpt-4o-mini-transcribe'),
			help_center_search: feature({}, 'text-embedding-3-small'),
		});
		expect(Object.keys(items[0].json)).toEqual(['providers', 'models', 'features']);
	});

	test("Update Preferences: a model the feature does not offer is Chatwoot's 422, with its message", async () => {
		const { error } = await runNode({
			parameters: { resource: 'captain', operation: 'updatePreferences', captainFeatureSettings: { feature: [{ feature: 'label_suggestion', model: 'gpt-5.1' }] } },
			credential: userCredential(ctx.fake),
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			{ ...expectedRequest('PATCH', '/api/v1/accounts/1/captain/preferences', { captain_models: { label_suggestion: 'gpt-5.1' } }), status: 422 },
		]);
		expect(error?.message).toBe("Chatwoot: Captain models 'gpt-5.1' is not a valid model for label_suggestion. Allowed: gpt-4.1-mini, gpt-4.1-nano, gpt-5-mini");
	});

	test('Summarize sends the conversation in the body', async () => {
		const { items } = await run({ operation: 'summarize', captainConversation: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${TASKS}/summarize`, { conversation_display_id: 1 })]);
		expect(items.map((i) => i.json)).toEqual([{ message: 'The customer wrote: I was charged twice' }]);
	});

	test('Suggest Reply sends the conversation in the body, not the URL', async () => {
		const { items } = await run({ operation: 'suggestReply', captainConversation: byId(2) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${TASKS}/reply_suggestion`, { conversation_display_id: 2 })]);
		expect(items.map((i) => i.json)).toEqual([{ message: 'Thanks for reaching out about "Do you ship to Canada?". We are looking into it.' }]);
	});

	test('Suggest Labels sends the conversation in the body, not the URL', async () => {
		ctx.fake.state.messages.find((m) => m.content === 'I was charged twice')!.content = 'I was charged twice, a billing bug?';
		const { items } = await run({ operation: 'suggestLabels', captainConversation: byId(1) });
		expect(ctx.fake.requests.map(summary)).toEqual([expectedRequest('POST', `${TASKS}/label_suggestion`, { conversation_display_id: 1 })]);
		expect(items.map((i) => i.json)).toEqual([{ message: 'billing, bug' }]);
	});

	test('Rewrite sends the text, the style and the conversation when one is given', async () => {
		const plain = await run({ operation: 'rewrite', captainContent: 'we fix it tmrw', captainRewriteStyle: 'professional' });
		const withContext = await run({
			operation: 'rewrite',
			captainContent: 'we fix it tmrw',
			captainRewriteStyle: 'improve',
			captainRewriteOptions: { conversation_display_id: byId(1) },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${TASKS}/rewrite`, { content: 'we fix it tmrw', operation: 'professional' }),
			expectedRequest('POST', `${TASKS}/rewrite`, { content: 'we fix it tmrw', operation: 'improve', conversation_display_id: 1 }),
		]);
		expect([...plain.items, ...withContext.items].map((i) => i.json)).toEqual([
			{ message: 'we fix it tmrw (professional)' },
			{ message: 'we fix it tmrw (improve)' },
		]);
	});

	test('Follow Up sends the instruction, the earlier answer\'s context and the conversation in the body', async () => {
		const context = { event_name: 'improve', original_context: 'we fix it tmrw', last_response: 'We will fix it tomorrow.' };
		const { items } = await run({
			operation: 'followUp',
			captainFollowUpMessage: 'Shorter',
			captainFollowUpContext: JSON.stringify(context),
			captainFollowUpOptions: { conversation_display_id: byId(1) },
		});
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('POST', `${TASKS}/follow_up`, { message: 'Shorter', follow_up_context: context, conversation_display_id: 1 }),
		]);
		const answer = 'We will fix it tomorrow. (Shorter)';
		expect(items.map((i) => i.json)).toEqual([
			{
				message: answer,
				follow_up_context: {
					event_name: 'improve',
					original_context: 'we fix it tmrw',
					last_response: answer,
					conversation_history: [
						{ role: 'user', content: 'Shorter' },
						{ role: 'assistant', content: answer },
					],
				},
			},
		]);
	});

	const followUp = (context: unknown, message = 'Shorter') => ({ operation: 'followUp', captainFollowUpMessage: message, captainFollowUpContext: context });
	const earlier = { event_name: 'summarize', original_context: 'the conversation', last_response: 'A summary' };

	const preferences = (...feature: Record<string, unknown>[]) => ({ operation: 'updatePreferences', captainFeatureSettings: { feature } });

	test.each([
		[{ operation: 'rewrite', captainContent: ' ', captainRewriteStyle: 'improve' }, /^Text: is required and cannot be empty/],
		[preferences(), /^Features: add at least one feature to change/],
		[preferences({ feature: 'translator', status: 'on' }), /^Feature: must be one of assistant, audio_transcription, .*, got "translator"/],
		[preferences({ feature: 'editor', status: 'on' }, { feature: 'editor', model: 'gpt-4.1' }), /^Features: editor is listed twice/],
		[preferences({ feature: 'editor', status: '={{ "yes" }}' }), /^Status \(editor\): must be one of keep, on, off, got "yes"/],
		[preferences({ feature: 'editor', model: 'gpt 4' }), /^Model \(editor\): must be a model ID like gpt-4.1-mini, got "gpt 4"/],
		[preferences({ feature: 'editor', status: 'keep', model: ' ' }), /^Features: editor changes nothing/],
		[followUp(earlier, ' '), /^Instruction: is required and cannot be empty/],
		[followUp(''), /^Follow-Up Context: is required and cannot be empty/],
		[followUp('{"event_name": '), /^Follow-Up Context: is not valid JSON/],
		[followUp({ ...earlier, event_name: 'translate' }), /^Follow-Up Context: event_name must be one of casual, .*, got "translate"/],
		[followUp({ ...earlier, last_response: ' ' }), /^Follow-Up Context: last_response must be non-empty text, got " "/],
		[followUp({ ...earlier, conversation_history: ['hi'] }), /^Follow-Up Context: conversation_history must be a list of \{"role", "content"\} objects/],
		[{ ...followUp(earlier), captainFollowUpOptions: { conversation_display_id: byId('={{ "x" }}') } }, /^Conversation: must be a positive whole number, got "x"/],
		[{ operation: 'rewrite', captainContent: 'x', captainRewriteStyle: '={{ "shouty" }}' }, /^Rewrite As: must be one of /],
		[{ operation: 'summarize', captainConversation: byId('={{ "abc" }}') }, /^Conversation: must be a positive whole number, got "abc"/],
	])('bad input is refused before any request: %j', async (parameters, message) => {
		const { error } = await runNode({ parameters: { resource: 'captain', ...parameters } as never, credential: userCredential(ctx.fake) });
		expect(error?.message).toMatch(message);
		expect(ctx.fake.requests).toHaveLength(0);
	});

	test('Get Inbox Assistant: the assistant of the inbox, or null', async () => {
		(ctx.fake.state as unknown as Record<string, unknown>).captainAssistants = [{ id: 3, name: 'Acme Copilot', inbox_ids: [1] }];
		const found = await run({ operation: 'getInboxAssistant', captainConversation: byId(1) });
		const none = await run({ operation: 'getInboxAssistant', captainConversation: byId(2) });
		expect(ctx.fake.requests.map(summary)).toEqual([
			expectedRequest('GET', '/api/v1/accounts/1/conversations/1/inbox_assistant'),
			expectedRequest('GET', '/api/v1/accounts/1/conversations/2/inbox_assistant'),
		]);
		expect([...found.items, ...none.items].map((i) => i.json)).toEqual([{ assistant: { id: 3, name: 'Acme Copilot' } }, { assistant: null }]);
	});

	test('Get Inbox Assistant on a server without the Enterprise code: 404 Not Found, explained', async () => {
		ctx.fake.state.server.enterprise = false;
		const { error, items } = await runNode({
			parameters: { resource: 'captain', operation: 'getInboxAssistant', captainConversation: byId(1) },
			credential: userCredential(ctx.fake),
		});
		expect(items).toEqual([]);
		expect(ctx.fake.requests.map(summary)).toEqual([{ ...expectedRequest('GET', '/api/v1/accounts/1/conversations/1/inbox_assistant'), status: 404 }]);
		expect(error?.message).toBe('Chatwoot: Not Found');
		expect(error?.description).toBe(
			'GET /api/v1/accounts/1/conversations/1/inbox_assistant is an Enterprise feature of Chatwoot: a server without the Enterprise code (the Community edition, or DISABLE_ENTERPRISE set) has no such route and answers 404.',
		);
	});
});
