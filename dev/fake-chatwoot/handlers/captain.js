'use strict';
// Captain (Chatwoot's AI): preferences, the editor tasks (Api::V1::Accounts::Captain::*) and the
// inbox assistant of a conversation (Enterprise). The fake's "AI" answers with predictable text.

const { ok, requireAdmin } = require('./util');
const { HttpError, notFound, saveOrThrow } = require('../errors');
const { blank } = require('../models/user');
const views = require('../views/application');
const { visibleConversations } = require('./conversations');

// config/llm.yml (a part): each feature's models, the first its default
const FEATURE_MODELS = {
	editor: ['gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-5-mini', 'gpt-4.1', 'gpt-5.1'],
	assistant: ['gpt-4.1-mini', 'gpt-5-mini', 'gpt-4.1', 'gpt-5.1'],
	copilot: ['gpt-4.1-mini', 'gpt-5-mini', 'gpt-4.1', 'gpt-5.1'],
	label_suggestion: ['gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-5-mini'],
	audio_transcription: ['gpt-4o-mini-transcribe', 'whisper-1'],
	help_center_search: ['text-embedding-3-small'],
};
const MODELS = [...new Set(Object.values(FEATURE_MODELS).flat())];

/** preferences_controller.rb `preferences_payload`: providers, models, features with the account's choices. */
function preferences(ctx) {
	const enabled = ctx.account.captain_features || {};
	const chosen = ctx.account.captain_models || {};
	const feature = (key) => {
		const own = FEATURE_MODELS[key].includes(chosen[key]);
		const model = own ? chosen[key] : FEATURE_MODELS[key][0];
		return { enabled: enabled[key] === true, default: FEATURE_MODELS[key][0], model, selected: model, provider: 'openai', source: own ? 'account' : 'default' };
	};
	return ok({
		providers: { openai: { name: 'OpenAI' } },
		models: Object.fromEntries(MODELS.map((id) => [id, { provider: 'openai', display_name: id }])),
		features: Object.fromEntries(Object.keys(FEATURE_MODELS).map((key) => [key, feature(key)])),
	});
}

/**
 * PreferencesController#update (administrators): the given models and features merged into the
 * account's; CaptainFeaturable#validate_captain_models refuses a model the feature does not offer.
 */
function updatePreferences(ctx) {
	requireAdmin(ctx);
	const models = { ...(ctx.account.captain_models || {}), ...(ctx.body.captain_models || {}) };
	saveOrThrow(
		Object.entries(models)
			.filter(([key, model]) => !blank(model) && !(FEATURE_MODELS[key] || []).includes(model))
			.map(([key, model]) => ({
				attribute: 'captain_models',
				message: `Captain models '${model}' is not a valid model for ${key}. Allowed: ${(FEATURE_MODELS[key] || []).join(', ')}`,
			})),
	);
	ctx.account.captain_models = models;
	ctx.account.captain_features = { ...(ctx.account.captain_features || {}), ...(ctx.body.captain_features || {}) };
	return preferences(ctx);
}

/** The conversation a task reads; a task without one (or an unknown one) gets `{message: nil}`. */
function conversationOf(ctx) {
	return visibleConversations(ctx).find((c) => c.display_id === Number(ctx.body.conversation_display_id));
}

function incoming(ctx, c) {
	return views.messagesOf(ctx.state, c).filter((m) => m.message_type === 'incoming').map((m) => m.content);
}

// render_result: `{ message: }`, or `{ message: nil }` when the service gives nothing
const answer = (message) => ok({ message: message ?? null });

function rewrite(ctx) {
	return answer(`${ctx.body.content} (${ctx.body.operation})`);
}

function summarize(ctx) {
	const c = conversationOf(ctx);
	return answer(c && `The customer wrote: ${incoming(ctx, c).join(' / ')}`);
}

function replySuggestion(ctx) {
	const c = conversationOf(ctx);
	return answer(c && `Thanks for reaching out about "${incoming(ctx, c).pop()}". We are looking into it.`);
}

/** Label titles of the account found in the customer's messages, comma-separated, as the label suggestion service answers them. */
function labelSuggestion(ctx) {
	const c = conversationOf(ctx);
	if (!c) return answer(null);
	const text = incoming(ctx, c).join(' ').toLowerCase();
	const titles = ctx.state.labels.filter((l) => l.account_id === ctx.account.id && text.includes(l.title));
	return answer(titles.map((l) => l.title).join(', '));
}

// Captain::FollowUpService::ALLOWED_EVENT_NAMES
const FOLLOW_UP_EVENTS = [
	'professional', 'casual', 'friendly', 'confident', 'straightforward', 'fix_spelling_grammar', 'improve', 'summarize', 'reply_suggestion', 'label_suggestion',
];

/**
 * FollowUpService: a context with an allowed event_name, original_context and last_response, or
 * 422 (render_result); the answer and the context for the next turn (update_follow_up_context).
 */
function followUp(ctx) {
	const context = ctx.body.follow_up_context;
	const valid = context && typeof context === 'object' && FOLLOW_UP_EVENTS.includes(context.event_name) && !blank(context.original_context) && !blank(context.last_response);
	if (!valid) throw new HttpError(422, { error: 'Follow-up context missing' });
	const message = `${context.last_response} (${ctx.body.message})`;
	const history = [...(context.conversation_history || []), { role: 'user', content: ctx.body.message }, { role: 'assistant', content: message }];
	return ok({
		message,
		follow_up_context: { event_name: context.event_name, original_context: context.original_context, last_response: message, conversation_history: history },
	});
}

/** Enterprise ConversationsController#inbox_assistant */
function inboxAssistant(ctx) {
	const c = visibleConversations(ctx).find((x) => x.display_id === Number(ctx.params.id));
	if (!c) throw notFound();
	ctx.state.captainAssistants ??= [];
	const assistant = ctx.state.captainAssistants.find((a) => a.inbox_ids.includes(c.inbox_id));
	return ok({ assistant: assistant ? { id: assistant.id, name: assistant.name } : null });
}

module.exports = {
	handlers: {
		'api/v1/accounts/captain/preferences#show': preferences,
		'api/v1/accounts/captain/preferences#update': updatePreferences,
		'api/v1/accounts/captain/tasks#rewrite': rewrite,
		'api/v1/accounts/captain/tasks#summarize': summarize,
		'api/v1/accounts/captain/tasks#reply_suggestion': replySuggestion,
		'api/v1/accounts/captain/tasks#label_suggestion': labelSuggestion,
		'api/v1/accounts/captain/tasks#follow_up': followUp,
		'api/v1/accounts/conversations#inbox_assistant': inboxAssistant,
	},
};
