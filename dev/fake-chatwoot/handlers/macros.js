'use strict';
// Macros (Api::V1::Accounts::MacrosController, Macro, Macros::ExecutionService).

const { ok, headOk, permit, currentUserId, isAdmin } = require('./util');
const { notFound, unauthorized, HttpError } = require('../errors');
const { nextId } = require('../state');
const views = require('../views/application');

// Macro::ACTIONS_ATTRS
const ACTIONS = [
	'send_message', 'add_label', 'assign_team', 'assign_agent', 'mute_conversation', 'change_status', 'remove_label',
	'remove_assigned_team', 'resolve_conversation', 'snooze_conversation', 'change_priority', 'send_email_transcript',
	'send_attachment', 'add_private_note',
];
// macros_controller.rb:59-62
const MACRO_PARAMS = ['name', 'visibility', 'actions'];

function macros(state) {
	state.macros ??= [];
	return state.macros;
}

function view(ctx, m) {
	const user = (id) => ctx.state.users.find((u) => u.id === id);
	const out = { id: m.id, name: m.name, visibility: m.visibility };
	if (user(m.created_by_id)) out.created_by = views.agent(ctx.state, user(m.created_by_id), ctx.account.id);
	if (user(m.updated_by_id)) out.updated_by = views.agent(ctx.state, user(m.updated_by_id), ctx.account.id);
	return { ...out, account_id: m.account_id, actions: m.actions };
}

/** MacroPolicy: global macros for everyone; a personal one for its author (and administrators may change it). */
function findMacro(ctx, { write = false } = {}) {
	const m = macros(ctx.state).find((x) => x.id === Number(ctx.params.id) && x.account_id === ctx.account.id);
	if (!m) throw notFound();
	const own = m.created_by_id === currentUserId(ctx);
	if (m.visibility === 'personal' && !own && !(write && isAdmin(ctx))) throw unauthorized('You are not authorized to do this action');
	return m;
}

/** Macro#json_actions_format; `set_visibility`: agents always save personal macros. */
function apply(ctx, m, body) {
	const changes = permit(body, MACRO_PARAMS);
	const unsupported = (changes.actions || []).map((a) => a.action_name).filter((name) => !ACTIONS.includes(name));
	if (unsupported.length) throw new HttpError(422, { error: { actions: [`Macro execution actions ${unsupported.join(',')} not supported.`] } });
	// set_visibility: params[:visibility], nil when none is sent
	Object.assign(m, changes, { visibility: isAdmin(ctx) ? changes.visibility ?? null : 'personal', updated_by_id: currentUserId(ctx), updated_at: ctx.now });
}

function listMacros(ctx) {
	const me = currentUserId(ctx);
	const visible = macros(ctx.state).filter((m) => m.account_id === ctx.account.id && (m.visibility === 'global' || m.created_by_id === me));
	return ok({ payload: visible.sort((a, b) => a.id - b.id).map((m) => view(ctx, m)) });
}

function createMacro(ctx) {
	macros(ctx.state);
	const m = { id: undefined, account_id: ctx.account.id, actions: [], created_by_id: currentUserId(ctx), created_at: ctx.now };
	apply(ctx, m, ctx.body);
	m.id = nextId(ctx.state, 'macros');
	macros(ctx.state).push(m);
	return ok({ payload: view(ctx, m) });
}

function showMacro(ctx) {
	return ok({ payload: view(ctx, findMacro(ctx)) });
}

function updateMacro(ctx) {
	const m = findMacro(ctx, { write: true });
	apply(ctx, m, ctx.body);
	return ok({ payload: view(ctx, m) });
}

function deleteMacro(ctx) {
	const m = findMacro(ctx, { write: true });
	ctx.state.macros = macros(ctx.state).filter((x) => x !== m);
	return headOk();
}

// What a run changes in the fake's conversations (ActionService); the rest runs without a trace here.
const EFFECTS = {
	add_label: (c, params) => (c.labels = [...new Set([...c.labels, ...params])]),
	remove_label: (c, params) => (c.labels = c.labels.filter((l) => !params.includes(l))),
	change_status: (c, [status]) => (c.status = status),
	resolve_conversation: (c) => (c.status = 'resolved'),
	snooze_conversation: (c) => (c.status = 'snoozed'),
	change_priority: (c, [priority]) => (c.priority = priority === 'nil' ? null : priority),
	assign_agent: (c, [id]) => (c.assignee_id = Number(id)),
	assign_team: (c, [id]) => (c.team_id = id),
	remove_assigned_team: (c) => (c.team_id = null),
};

/** MacrosExecutionJob runs later, per conversation (by display id); the answer is `head :ok` at once. */
function executeMacro(ctx) {
	const m = findMacro(ctx);
	const ids = (ctx.body.conversation_ids || []).map(Number);
	for (const c of ctx.state.conversations.filter((x) => x.account_id === ctx.account.id && ids.includes(x.display_id))) {
		for (const action of m.actions) if (EFFECTS[action.action_name]) EFFECTS[action.action_name](c, action.action_params || []);
	}
	return headOk();
}

module.exports = {
	handlers: {
		'api/v1/accounts/macros#index': listMacros,
		'api/v1/accounts/macros#create': createMacro,
		'api/v1/accounts/macros#show': showMacro,
		'api/v1/accounts/macros#update': updateMacro,
		'api/v1/accounts/macros#destroy': deleteMacro,
		'api/v1/accounts/macros#execute': executeMacro,
	},
};
